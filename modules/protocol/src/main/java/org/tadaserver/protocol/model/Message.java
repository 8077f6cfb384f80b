package org.tadaserver.protocol.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.soabase.recordbuilder.core.RecordBuilder;
import org.tadaserver.protocol.Jid;
import org.tadaserver.protocol.OmitEmpty;
import org.tadaserver.protocol.enums.ChatType;

import java.time.Instant;
import java.util.List;

import static com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL;

/**
 * A chat message as one viewer sees it. {@code chat} is personalised for direct chats (the other party's
 * contact JID); {@code from}/{@code to} are absolute. Build with {@link #builder()}.
 *
 * @param content content
 * @param pushText plain-text rendering for pushes and previews
 * @param from sender contact
 * @param to recipient (group, task or contact)
 * @param messageId message uid
 * @param created creation time (future for scheduled messages)
 * @param drafted creation time of a scheduled message
 * @param gentime object version
 * @param chatType chat type
 * @param chat chat id as seen by the viewer
 * @param links links in the text
 * @param markup markup of the text
 * @param important importance flag
 * @param edited last edit or deletion
 * @param received seen by someone
 * @param numReceived unused
 * @param nopreview link previews disabled
 * @param hasPreviews has link previews
 * @param prev previous message id
 * @param isFirst first in the chat
 * @param isLast last in the chat
 * @param uploads attached uploads
 * @param reactions reactions
 * @param replyTo message replied to
 * @param linkedMessages forwarded messages
 * @param notice mentions the viewer
 * @param silently no pushes, no counters
 * @param editableUntil author may edit until
 * @param num position from 0; null for deleted messages
 * @param isArchive deleted
 * @param debug debug information
 * @param threadJid thread of this message
 * @param threadMessagesCount messages in that thread
 */
@RecordBuilder
public record Message(
        MessageContent content,
        @OmitEmpty String pushText,
        Jid from,
        Jid to,
        String messageId,
        Instant created,
        @OmitEmpty Instant drafted,
        long gentime,
        ChatType chatType,
        @OmitEmpty Jid chat,
        @OmitEmpty List<MessageLink> links,
        @OmitEmpty List<MarkupEntity> markup,
        @OmitEmpty boolean important,
        @OmitEmpty Instant edited,
        @OmitEmpty boolean received,
        @OmitEmpty int numReceived,
        @OmitEmpty boolean nopreview,
        @OmitEmpty boolean hasPreviews,
        @OmitEmpty String prev,
        @OmitEmpty boolean isFirst,
        @OmitEmpty boolean isLast,
        @OmitEmpty List<Upload> uploads,
        @OmitEmpty List<MessageReaction> reactions,
        @JsonInclude(NON_NULL) Message replyTo,
        @OmitEmpty List<Message> linkedMessages,
        @OmitEmpty boolean notice,
        @OmitEmpty boolean silently,
        @OmitEmpty Instant editableUntil,
        @JsonInclude(NON_NULL) Integer num,
        @OmitEmpty boolean isArchive,
        @JsonProperty("_debug") @OmitEmpty String debug,
        @OmitEmpty Jid threadJid,
        @OmitEmpty int threadMessagesCount) implements MessageBuilder.With {

    /** A builder with every component unset (null, false or 0). */
    public static MessageBuilder builder() {
        return MessageBuilder.builder();
    }
}
