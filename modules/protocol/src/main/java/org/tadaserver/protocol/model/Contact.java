package org.tadaserver.protocol.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.soabase.recordbuilder.core.RecordBuilder;
import org.tadaserver.protocol.Jid;
import org.tadaserver.protocol.OmitEmpty;
import org.tadaserver.protocol.enums.TeamStatus;

import java.time.Instant;
import java.util.List;

import static com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL;

/**
 * A contact: one user's membership in one team (its {@code d-} JID is per team). Per-viewer rights
 * ({@code can_*}) are computed for each reader; the {@code can_manage_*}/{@code can_create_*} rights and the own settings
 * appear only on {@code Team.me}. Own settings are Go pointers: null leaves the key out, false is written.
 * Build with {@link #builder()}.
 *
 * @param jid contact id
 * @param node node uid for external users
 * @param displayName full name in chats
 * @param shortName short name in chats
 * @param contactEmail contact email in this team
 * @param contactPhone contact phone in this team
 * @param icons icons
 * @param gentime object version
 * @param role role in this team
 * @param mood mood in this team
 * @param status status in this team
 * @param publicStatus public status, if set
 * @param lastActivity last activity in this team
 * @param isArchive removed from the team
 * @param botname bot name, empty for humans
 * @param familyName family name
 * @param givenName given name
 * @param patronymic patronymic
 * @param sections contact section uids
 * @param customFields extra fields
 * @param canSendMessage can I message this contact
 * @param cantSendMessageReason why not
 * @param canCall can I call this contact
 * @param canCreateTask can I create a task for this contact
 * @param canAddToGroup can I add this contact to groups
 * @param canDelete can I remove this contact from the team
 * @param changeableFields keys I may change; null leaves the key out, empty is written as []
 * @param canAddToTeam me only: can I add members to the team
 * @param canManageSections me only: contact sections
 * @param canManageProjects me only: task projects
 * @param canManageTags me only: tags
 * @param canManageIntegrations me only: integrations
 * @param canManageColorRules me only: task colour rules
 * @param canCreateGroup me only: create group chats
 * @param canCreateMeeting me only: create meetings
 * @param canCreateTeam me only: create teams
 * @param canJoinPublicGroups me only: see/join public groups
 * @param canJoinPublicTasks me only: see/join public tasks
 * @param canImportTasks me only: import tasks
 * @param canImportChats me only: import chats
 * @param canDeleteAnyMessage deprecated: see Chat.can_delete_any_message
 * @param addToTeamRights deprecated (seed): can this contact add users to the team
 * @param auth2faEnabled me only: 2FA configured and confirmed
 * @param auth2faStatus me only: 2FA status
 * @param defaultLang own setting: language code
 * @param altSend own setting: Ctrl/Cmd+Enter sends
 * @param asteriskMention own setting: * works as @
 * @param alwaysSendPushes own setting: push even when online
 * @param hidePushesContent own setting: hide push bodies
 * @param timezone own setting: timezone
 * @param quietTimeStart own setting: quiet time start
 * @param quietTimeFinish own setting: quiet time finish
 * @param focusUntil focus mode until
 * @param groupNotificationsEnabled own setting
 * @param taskNotificationsEnabled own setting
 * @param meetingNotificationsEnabled own setting
 * @param systembotNotificationsEnabled own setting
 * @param reactionNotificationsEnabled own setting
 * @param contactShortView own setting
 * @param groupShortView own setting
 * @param taskShortView own setting
 * @param meetingShortView own setting
 * @param contactMshortView own setting (mobile)
 * @param groupMshortView own setting (mobile)
 * @param taskMshortView own setting (mobile)
 * @param meetingMshortView own setting (mobile)
 * @param contactShowArchived own setting
 * @param unreadFirst own setting
 * @param munreadFirst own setting (mobile)
 * @param debugShowActivity own setting
 * @param dropallEnabled own setting (experimental)
 */
@RecordBuilder
public record Contact(
        Jid jid,
        @OmitEmpty String node,
        String displayName,
        String shortName,
        String contactEmail,
        String contactPhone,
        IconData icons,
        long gentime,
        String role,
        @OmitEmpty String mood,
        TeamStatus status,
        @JsonInclude(NON_NULL) PublicStatus publicStatus,
        @OmitEmpty Instant lastActivity,
        @OmitEmpty boolean isArchive,
        @OmitEmpty String botname,
        @OmitEmpty String familyName,
        @OmitEmpty String givenName,
        @OmitEmpty String patronymic,
        List<String> sections,
        @JsonInclude(NON_NULL) ContactCustomFields customFields,
        @OmitEmpty boolean canSendMessage,
        @OmitEmpty String cantSendMessageReason,
        @OmitEmpty boolean canCall,
        @OmitEmpty boolean canCreateTask,
        @OmitEmpty boolean canAddToGroup,
        @OmitEmpty boolean canDelete,
        @JsonInclude(NON_NULL) List<String> changeableFields,
        @OmitEmpty boolean canAddToTeam,
        @OmitEmpty boolean canManageSections,
        @OmitEmpty boolean canManageProjects,
        @OmitEmpty boolean canManageTags,
        @OmitEmpty boolean canManageIntegrations,
        @OmitEmpty boolean canManageColorRules,
        @OmitEmpty boolean canCreateGroup,
        @OmitEmpty boolean canCreateMeeting,
        @OmitEmpty boolean canCreateTeam,
        @OmitEmpty boolean canJoinPublicGroups,
        @OmitEmpty boolean canJoinPublicTasks,
        @OmitEmpty boolean canImportTasks,
        @OmitEmpty boolean canImportChats,
        @OmitEmpty boolean canDeleteAnyMessage,
        @OmitEmpty boolean addToTeamRights,
        @JsonProperty("auth_2fa_enabled") @OmitEmpty boolean auth2faEnabled,
        @JsonProperty("auth_2fa_status") @OmitEmpty String auth2faStatus,
        @JsonInclude(NON_NULL) String defaultLang,
        @JsonInclude(NON_NULL) Boolean altSend,
        @JsonInclude(NON_NULL) Boolean asteriskMention,
        @JsonInclude(NON_NULL) Boolean alwaysSendPushes,
        @JsonInclude(NON_NULL) Boolean hidePushesContent,
        @JsonInclude(NON_NULL) String timezone,
        @JsonInclude(NON_NULL) String quietTimeStart,
        @JsonInclude(NON_NULL) String quietTimeFinish,
        @OmitEmpty Instant focusUntil,
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
        @JsonInclude(NON_NULL) Boolean dropallEnabled) implements ContactBuilder.With {

    /** A builder with every component unset (null, false or 0). */
    public static ContactBuilder builder() {
        return ContactBuilder.builder();
    }

    /** The short form used in call buzzes and mentions. */
    public ContactShort toShort() {
        return new ContactShort(jid, displayName, shortName, icons, gentime);
    }
}
