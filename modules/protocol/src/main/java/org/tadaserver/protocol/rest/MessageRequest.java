package org.tadaserver.protocol.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.tadaserver.protocol.enums.Mediatype;
import org.tadaserver.protocol.model.MessageContent;

import java.time.Instant;
import java.util.List;

import static com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL;

/**
 * {@code tdapi.Message}: body of {@code POST /api/v4/teams/{team}/chats/{jid}/messages[/{id}]}. Clients
 * send the flat form {@code {type, text, message_id}}; the nested {@code content} form is accepted too
 * ({@link #effectiveContent()} picks whichever is present).
 *
 * Lenient: every key is optional, null and "" read as "not given" (for JIDs and enums too), so the same record
 * serves create and partial update.
 *
 * @param type flat form: content type (default plain)
 * @param text flat form: text
 * @param content nested form
 * @param messageId client-made UUID
 * @param uploads upload uids
 * @param sendAt send later
 */
public record MessageRequest(
        @JsonInclude(NON_NULL) Mediatype type,
        @JsonInclude(NON_NULL) String text,
        @JsonInclude(NON_NULL) MessageContent content,
        @JsonInclude(NON_NULL) String messageId,
        @JsonInclude(NON_NULL) String replyTo,
        @JsonInclude(NON_NULL) List<String> linkedMessages,
        @JsonInclude(NON_NULL) List<String> uploads,
        @JsonInclude(NON_NULL) Boolean important,
        @JsonInclude(NON_NULL) Boolean nopreview,
        @JsonInclude(NON_NULL) Instant sendAt,
        @JsonInclude(NON_NULL) Boolean oldStyleAttachment) {

    /**
     * The content to store: the nested {@code content} if given, else {@code type} (default plain) and {@code text};
     * null when neither text nor content is present.
     */
    public MessageContent effectiveContent() {
        if (content != null) {
            return content;
        }
        if (text == null) {
            return null;
        }
        return MessageContent.builder().text(text).type(type == null ? Mediatype.PLAIN : type).build();
    }
}
