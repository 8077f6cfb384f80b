package org.tadaserver.protocol.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import io.soabase.recordbuilder.core.RecordBuilder;
import org.tadaserver.protocol.Jid;
import org.tadaserver.protocol.OmitEmpty;
import org.tadaserver.protocol.enums.ChatType;
import org.tadaserver.protocol.enums.GroupStatus;

import java.time.Instant;
import java.util.List;

import static com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL;

/**
 * A chat (direct, group, task, meeting, thread) as one viewer sees it. {@code base_gentime} versions the shared
 * fields, {@code gentime} the per-viewer ones. Build with {@link #builder()}.
 *
 * @param jid chat id (a contact JID for direct chats)
 * @param baseGentime version of the shared fields
 * @param gentime version of the per-viewer fields
 * @param publicStatus direct chats: the contact's public status
 * @param draftRevision unix milliseconds
 * @param draftGentime deprecated
 * @param draftNum deprecated
 * @param section project/section uid
 * @param colorIndex tasks
 * @param numItems tasks
 * @param numCheckedItems tasks
 * @param assignee tasks
 * @param num tasks: number in the team
 * @param observers tasks
 * @param owner tasks
 * @param taskStatus tasks
 * @param title tasks
 * @param done tasks
 * @param doneReason tasks
 * @param deadline tasks
 * @param deadlineExpired tasks
 * @param tags tasks
 * @param importance tasks
 * @param urgency tasks
 * @param spentTime tasks
 * @param complexity tasks
 * @param linkedMessages tasks: "create task from messages"
 * @param uploads tasks
 * @param items tasks
 * @param parents tasks
 * @param tabs tasks: tab keys for the viewer
 * @param status groups: my status
 * @param members groups
 * @param canAddMember groups
 * @param canRemoveMember groups
 * @param canChangeMemberStatus groups
 * @param canChangeSettings groups, deprecated
 * @param defaultForAll groups
 * @param readonlyForMembers groups
 * @param autocleanupAge groups, seconds
 * @param isPublic groups and tasks
 * @param lastActivity last message, even if deleted
 * @param meetingStartAt meetings
 * @param meetingFreq meetings
 * @param meetingDuration meetings
 * @param parentMessageId threads
 * @param parentChatId threads
 * @param isArchive the chat is gone for this viewer (deleted, or the viewer left); sent in delta sync
 */
@RecordBuilder
public record Chat(
        Jid jid,
        ChatType chatType,
        @OmitEmpty long baseGentime,
        long gentime,
        Instant created,
        String displayName,
        IconData icons,
        @JsonInclude(NON_NULL) PublicStatus publicStatus,
        @OmitEmpty boolean countersEnabled,
        @OmitEmpty boolean canCall,
        @OmitEmpty boolean canSendMessage,
        @OmitEmpty String cantSendMessageReason,
        @OmitEmpty boolean collapsed,
        @OmitEmpty String draft,
        @OmitEmpty long draftRevision,
        @OmitEmpty long draftGentime,
        @OmitEmpty long draftNum,
        @OmitEmpty boolean hidden,
        @OmitEmpty boolean notificationsEnabled,
        @OmitEmpty int numImportants,
        @OmitEmpty int numUnread,
        @OmitEmpty int numUnreadNotices,
        @JsonInclude(NON_NULL) Message lastMessage,
        @OmitEmpty String lastReadMessageId,
        @OmitEmpty String section,
        @OmitEmpty List<String> changeableFields,
        @OmitEmpty boolean pinned,
        @OmitEmpty int pinnedSortOrdering,
        @JsonInclude(NON_NULL) Integer numMembers,
        @OmitEmpty boolean canDelete,
        @OmitEmpty String description,
        @OmitEmpty List<MarkupEntity> markup,
        @OmitEmpty List<MessageLink> links,
        @OmitEmpty boolean feed,
        @JsonInclude(NON_NULL) Message pinnedMessage,
        @JsonInclude(NON_NULL) Integer colorIndex,
        @JsonInclude(NON_NULL) Integer numItems,
        @JsonInclude(NON_NULL) Integer numCheckedItems,
        @OmitEmpty Jid assignee,
        @OmitEmpty int num,
        @OmitEmpty List<Jid> observers,
        @OmitEmpty Jid owner,
        @OmitEmpty String taskStatus,
        @OmitEmpty String title,
        @OmitEmpty Instant done,
        @OmitEmpty String doneReason,
        @OmitEmpty Instant deadline,
        @OmitEmpty boolean deadlineExpired,
        @OmitEmpty List<String> tags,
        @JsonInclude(NON_NULL) Integer importance,
        @JsonInclude(NON_NULL) Integer urgency,
        @JsonInclude(NON_NULL) Integer spentTime,
        @JsonInclude(NON_NULL) Integer complexity,
        @OmitEmpty List<JsonNode> linkedMessages,
        @OmitEmpty List<Upload> uploads,
        @OmitEmpty List<TaskItem> items,
        @OmitEmpty List<Subtask> parents,
        @OmitEmpty List<String> tabs,
        @JsonInclude(NON_NULL) GroupStatus status,
        @OmitEmpty List<GroupMembership> members,
        @OmitEmpty boolean canAddMember,
        @OmitEmpty boolean canRemoveMember,
        @OmitEmpty boolean canChangeMemberStatus,
        @OmitEmpty boolean canChangeSettings,
        @OmitEmpty boolean defaultForAll,
        @OmitEmpty boolean readonlyForMembers,
        @JsonInclude(NON_NULL) Integer autocleanupAge,
        @JsonProperty("public") @OmitEmpty boolean isPublic,
        @OmitEmpty boolean canJoin,
        @OmitEmpty boolean canDeleteAnyMessage,
        @OmitEmpty boolean canSetImportantAnyMessage,
        @OmitEmpty boolean canMuteAll,
        @OmitEmpty boolean canDeleteLocalHistory,
        @OmitEmpty boolean canDeleteGlobalHistory,
        @OmitEmpty Instant lastActivity,
        @OmitEmpty Instant meetingStartAt,
        @OmitEmpty boolean meetingFreq,
        @OmitEmpty int meetingDuration,
        @JsonInclude(NON_NULL) Long messagesFromGentime,
        @OmitEmpty String parentMessageId,
        @OmitEmpty Jid parentChatId,
        @OmitEmpty boolean isArchive) implements ChatBuilder.With {

    /** A builder with every component unset (null, false or 0). */
    public static ChatBuilder builder() {
        return ChatBuilder.builder();
    }

    /** The minimal form used in call buzzes. */
    public ChatShort toShort() {
        return new ChatShort(jid, chatType, displayName, icons, null);
    }
}
