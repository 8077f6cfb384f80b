package org.tadaserver.protocol.rest;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.tadaserver.protocol.model.MessageContent;

/**
 * Body of {@code POST /api/v4/teams/{team}/chats/{jid}/messages[/{id}]} (tdapi.Message). tdclient sends the FLAT form
 * ({@code type}, {@code text}); {@code content} is accepted too. {@code send_at} (send later) is not supported yet and
 * is refused rather than ignored.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MessageRequest(
    String type,
    String text,
    MessageContent content,
    @JsonProperty("message_id") String messageId,
    @JsonProperty("reply_to") String replyTo,
    @JsonProperty("linked_messages") List<String> linkedMessages,
    List<String> uploads,
    Boolean important,
    Boolean nopreview,
    @JsonProperty("send_at") String sendAt,
    @JsonProperty("old_style_attachment") Boolean oldStyleAttachment) {}
