package org.tadaserver.protocol.rest;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * Body of {@code POST /api/v4/teams/{team}/contacts[/{jid}]} (tdapi.Contact). Every field is optional; null means
 * "leave as it is". {@code userUid}, {@code phone} or {@code contactEmail} name the account to add on create.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ContactRequest(
    @JsonProperty("user_uid") String userUid,
    String phone,
    @JsonProperty("given_name") String givenName,
    @JsonProperty("family_name") String familyName,
    String patronymic,
    String role,
    String status,
    List<String> sections,
    @JsonProperty("contact_phone") String contactPhone,
    @JsonProperty("contact_email") String contactEmail,
    String mood,
    @JsonProperty("default_lang") String defaultLang,
    @JsonProperty("alt_send") Boolean altSend,
    @JsonProperty("asterisk_mention") Boolean asteriskMention,
    @JsonProperty("always_send_pushes") Boolean alwaysSendPushes,
    @JsonProperty("hide_pushes_content") Boolean hidePushesContent,
    String timezone,
    @JsonProperty("quiet_time_start") String quietTimeStart,
    @JsonProperty("quiet_time_finish") String quietTimeFinish,
    @JsonProperty("group_notifications_enabled") Boolean groupNotificationsEnabled,
    @JsonProperty("task_notifications_enabled") Boolean taskNotificationsEnabled,
    @JsonProperty("meeting_notifications_enabled") Boolean meetingNotificationsEnabled,
    @JsonProperty("systembot_notifications_enabled") Boolean systembotNotificationsEnabled,
    @JsonProperty("reaction_notifications_enabled") Boolean reactionNotificationsEnabled,
    @JsonProperty("contact_short_view") Boolean contactShortView,
    @JsonProperty("group_short_view") Boolean groupShortView,
    @JsonProperty("task_short_view") Boolean taskShortView,
    @JsonProperty("contact_mshort_view") Boolean contactMshortView,
    @JsonProperty("group_mshort_view") Boolean groupMshortView,
    @JsonProperty("task_mshort_view") Boolean taskMshortView,
    @JsonProperty("contact_show_archived") Boolean contactShowArchived,
    @JsonProperty("unread_first") Boolean unreadFirst,
    @JsonProperty("munread_first") Boolean munreadFirst,
    @JsonProperty("debug_show_activity") Boolean debugShowActivity,
    @JsonProperty("dropall_enabled") Boolean dropallEnabled,
    @JsonProperty("focus_until") String focusUntil) {}
