package org.tadaserver.protocol.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.soabase.recordbuilder.core.RecordBuilder;
import org.tadaserver.protocol.Jid;
import org.tadaserver.protocol.OmitEmpty;
import org.tadaserver.protocol.enums.PersonalAccountStatus;
import org.tadaserver.protocol.enums.TeamStatus;

import java.util.List;

import static com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL;

/**
 * A team as one member sees it ({@code me}, {@code unread} are per viewer). Build with {@link #builder()}.
 *
 * @param uid team id (bare UUID)
 * @param isArchive team deleted
 * @param gentime object version
 * @param name team name
 * @param defaultTaskDeadline time of day, for example 18:00:00
 * @param maxMessageUpdateAge seconds a message may be edited or deleted
 * @param icons team icons
 * @param lastActive the user's last activity was in this team
 * @param changeableStatuses statuses I may give others
 * @param badProfile my profile here is incomplete
 * @param needConfirmation invite needs confirmation
 * @param usePatronymic patronymic in user names
 * @param userFields order of family_name/given_name/patronymic
 * @param displayFamilyNameFirst family name first in display names
 * @param taskImportanceMin default 1
 * @param taskImportanceMax default 5
 * @param taskImportanceRev bigger number means more important
 * @param uploadsSize total upload bytes
 * @param uploadsSizeLimit upload byte limit
 * @param unread my unread counters, may be null
 * @param me my contact in this team
 * @param contacts only when creating a team
 * @param singleGroup single-group teams: the chat
 * @param theme colour theme
 * @param pinned team pinned by me
 * @param pinnedSortOrdering order of pinned teams
 * @param notebot my "My notes" bot chat
 * @param accountStatus owner account billing status
 * @param owner team owner
 */
@RecordBuilder
public record Team(
        String uid,
        @OmitEmpty boolean isArchive,
        long gentime,
        String name,
        @OmitEmpty String defaultTaskDeadline,
        int maxMessageUpdateAge,
        IconData icons,
        boolean lastActive,
        @OmitEmpty List<TeamStatus> changeableStatuses,
        @OmitEmpty boolean badProfile,
        boolean needConfirmation,
        @OmitEmpty boolean usePatronymic,
        List<String> userFields,
        @OmitEmpty boolean displayFamilyNameFirst,
        @OmitEmpty boolean useTaskImportance,
        @OmitEmpty int taskImportanceMin,
        @OmitEmpty int taskImportanceMax,
        @OmitEmpty boolean taskImportanceRev,
        @OmitEmpty boolean useTaskUrgency,
        @OmitEmpty boolean useTaskComplexity,
        @OmitEmpty boolean useTaskSpentTime,
        @OmitEmpty long uploadsSize,
        @OmitEmpty long uploadsSizeLimit,
        TeamUnread unread,
        Contact me,
        @OmitEmpty List<Contact> contacts,
        @OmitEmpty Jid singleGroup,
        @JsonInclude(NON_NULL) Theme theme,
        @OmitEmpty boolean hideArchivedUsers,
        @OmitEmpty boolean pinned,
        @OmitEmpty int pinnedSortOrdering,
        @OmitEmpty Jid notebot,
        @OmitEmpty PersonalAccountStatus accountStatus,
        @JsonInclude(NON_NULL) Contact owner) implements TeamBuilder.With {

    /** A builder with every component unset (null, false or 0). */
    public static TeamBuilder builder() {
        return TeamBuilder.builder();
    }

    /** The short form used for invites and pushes. */
    public TeamShort toShort() {
        return new TeamShort(uid, name, icons);
    }
}
