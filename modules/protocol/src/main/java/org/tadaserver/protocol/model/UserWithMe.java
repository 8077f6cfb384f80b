package org.tadaserver.protocol.model;

import io.soabase.recordbuilder.core.RecordBuilder;
import org.tadaserver.protocol.Jid;
import org.tadaserver.protocol.OmitEmpty;

import java.util.List;

/**
 * The account behind a token ({@code Auth.me}, {@code GET /api/v4/me}): the user's global settings, teams
 * and push devices. Build with {@link #builder()}.
 *
 * @param phone login phone
 * @param email login email
 * @param defaultLang language code
 * @param altSend Ctrl/Cmd+Enter sends
 * @param asteriskMention * works as @
 * @param alwaysSendPushes push even when online
 * @param hidePushesContent hide push bodies
 * @param unreadFirst unread chats first
 * @param munreadFirst unread chats first on mobile
 * @param timezone timezone name
 * @param quietTimeStart nullable
 * @param quietTimeFinish nullable
 * @param icons account icons
 * @param inviter who invited the user
 * @param teams available teams
 * @param devices registered push devices
 */
@RecordBuilder
public record UserWithMe(
        @OmitEmpty String phone,
        @OmitEmpty String email,
        @OmitEmpty String familyName,
        @OmitEmpty String givenName,
        @OmitEmpty String patronymic,
        @OmitEmpty String defaultLang,
        boolean altSend,
        boolean asteriskMention,
        boolean alwaysSendPushes,
        boolean hidePushesContent,
        boolean unreadFirst,
        boolean munreadFirst,
        String timezone,
        String quietTimeStart,
        String quietTimeFinish,
        IconData icons,
        @OmitEmpty Jid inviter,
        List<Team> teams,
        List<PushDevice> devices) implements UserWithMeBuilder.With {

    /** A builder with every component unset (null, false or 0). */
    public static UserWithMeBuilder builder() {
        return UserWithMeBuilder.builder();
    }
}
