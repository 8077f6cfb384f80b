package org.tadaserver.protocol.event;

import org.tadaserver.protocol.Jid;
import org.tadaserver.protocol.OmitEmpty;
import org.tadaserver.protocol.model.MessageContent;

import java.util.List;

/**
 * Params of {@code client.message.updated}: create or edit a message (idempotent upsert keyed by
 * {@code message_id}).
 *
 * @param to recipient chat or contact
 * @param content content
 * @param messageId client-made UUID; the server makes one when missing
 * @param replyTo id of the message replied to
 * @param linkedMessages ids of forwarded messages
 * @param uploads upload uids to attach
 * @param comment deprecated
 */
@EventName("client.message.updated")
public record ClientMessageUpdated(
        Jid to,
        MessageContent content,
        @OmitEmpty String messageId,
        @OmitEmpty String replyTo,
        @OmitEmpty List<String> linkedMessages,
        @OmitEmpty boolean important,
        @OmitEmpty boolean nopreview,
        @OmitEmpty List<String> uploads,
        @OmitEmpty boolean oldStyleAttachment,
        @OmitEmpty String comment) {
}
