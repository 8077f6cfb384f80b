package org.tadaserver.protocol.model;

import org.tadaserver.protocol.OmitEmpty;

/**
 * Account data (the user part of {@link UserWithMe}).
 */
public record User(
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
        IconData icons) {
}
