package org.tadaserver.protocol.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.tadaserver.protocol.enums.TeamStatus;
import org.tadaserver.protocol.model.ContactCustomFields;
import org.tadaserver.protocol.model.PublicStatus;

import java.util.List;
import java.util.Set;

import static com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL;

/**
 * {@code tdapi.Contact}: body of {@code POST /api/v4/teams/{team}/contacts} (invite by {@code phone} or
 * {@code user_uid}) and {@code POST .../contacts/{jid}} (change fields, including the contact's own settings). Times such
 * as {@code focus_until} stay strings so that "" (clear) differs from absent.
 *
 * Lenient: every key is optional, null and "" read as "not given" (for JIDs and enums too), so the same record
 * serves create and partial update.
 *
 * @param userUid user from another team
 * @param focusUntil ISO time, "" clears (so does a JSON null: see {@link #CLEARED_BY_NULL})
 */
public record ContactRequest(
        @JsonInclude(NON_NULL) String phone,
        @JsonInclude(NON_NULL) String userUid,
        @JsonInclude(NON_NULL) String givenName,
        @JsonInclude(NON_NULL) String familyName,
        @JsonInclude(NON_NULL) String patronymic,
        @JsonInclude(NON_NULL) String role,
        @JsonInclude(NON_NULL) String mood,
        @JsonInclude(NON_NULL) TeamStatus status,
        @JsonInclude(NON_NULL) List<String> sections,
        @JsonInclude(NON_NULL) String contactPhone,
        @JsonInclude(NON_NULL) String contactEmail,
        @JsonInclude(NON_NULL) String botname,
        @JsonInclude(NON_NULL) ContactCustomFields customFields,
        @JsonInclude(NON_NULL) PublicStatus publicStatus,
        @JsonInclude(NON_NULL) String focusUntil,
        @JsonInclude(NON_NULL) String defaultLang,
        @JsonInclude(NON_NULL) Boolean altSend,
        @JsonInclude(NON_NULL) Boolean asteriskMention,
        @JsonInclude(NON_NULL) Boolean alwaysSendPushes,
        @JsonInclude(NON_NULL) Boolean hidePushesContent,
        @JsonInclude(NON_NULL) String timezone,
        @JsonInclude(NON_NULL) String quietTimeStart,
        @JsonInclude(NON_NULL) String quietTimeFinish,
        @JsonInclude(NON_NULL) Boolean groupNotificationsEnabled,
        @JsonInclude(NON_NULL) Boolean taskNotificationsEnabled,
        @JsonInclude(NON_NULL) Boolean meetingNotificationsEnabled,
        @JsonInclude(NON_NULL) Boolean systembotNotificationsEnabled,
        @JsonInclude(NON_NULL) Boolean reactionNotificationsEnabled,
        @JsonInclude(NON_NULL) Boolean contactShortView,
        @JsonInclude(NON_NULL) Boolean groupShortView,
        @JsonInclude(NON_NULL) Boolean taskShortView,
        @JsonInclude(NON_NULL) Boolean meetingShortView,
        @JsonInclude(NON_NULL) Boolean contactMshortView,
        @JsonInclude(NON_NULL) Boolean groupMshortView,
        @JsonInclude(NON_NULL) Boolean taskMshortView,
        @JsonInclude(NON_NULL) Boolean meetingMshortView,
        @JsonInclude(NON_NULL) Boolean contactShowArchived,
        @JsonInclude(NON_NULL) Boolean unreadFirst,
        @JsonInclude(NON_NULL) Boolean munreadFirst,
        @JsonInclude(NON_NULL) Boolean debugShowActivity,
        @JsonInclude(NON_NULL) Boolean dropallEnabled) {
    /**
     * Keys on which a client's JSON null means "clear" (read as ""), not "not given": web clients turn focus mode and
     * quiet time off by sending null. The REST edge applies it before decoding.
     */
    public static final Set<String> CLEARED_BY_NULL =
            Set.of("focus_until", "timezone", "quiet_time_start", "quiet_time_finish", "default_lang", "mood");

}
