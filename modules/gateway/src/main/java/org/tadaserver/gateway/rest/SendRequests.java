package org.tadaserver.gateway.rest;

import java.util.List;
import java.util.Objects;
import org.tadaserver.bus.ServiceException;
import org.tadaserver.chats.SendMessage;
import org.tadaserver.protocol.model.Message;
import org.tadaserver.protocol.model.MessageContent;
import org.tadaserver.protocol.rest.MessageRequest;

/**
 * REST message bodies ({@code tdapi.Message}) to {@link SendMessage}s. The content is the flat {@code {type, text}}
 * form or the nested {@code content} ({@link MessageRequest#effectiveContent()}); a body with neither is an empty text,
 * which the chat service accepts only with forwarded messages. Scheduled messages ({@code send_at}) do not exist on
 * this server and are refused rather than sent at once.
 */
final class SendRequests {
  private SendRequests() {}

  /** A new message (or a resend, or an edit when {@code message_id} names the caller's message) to {@code chat}. */
  static SendMessage create(String chat, MessageRequest body) {
    refuseScheduled(body);
    MessageContent content = body.effectiveContent() == null ? MessageContent.plain("") : body.effectiveContent();
    return new SendMessage(chat, body.messageId(), content, body.replyTo(), body.linkedMessages(),
        Boolean.TRUE.equals(body.important()), Boolean.TRUE.equals(body.nopreview()), body.uploads());
  }

  /**
   * An edit of {@code stored} (message {@code id} of {@code chat}): what the body gives replaces the stored value, what
   * it leaves out stays. A {@code message_id} in the body must be the one of the path.
   */
  static SendMessage edit(String chat, String id, MessageRequest body, Message stored) {
    refuseScheduled(body);
    if (body.messageId() != null && !body.messageId().isEmpty() && !Objects.equals(body.messageId(), id)) {
      throw ServiceException.invalid("message_id", "differs from the message id in the path");
    }
    if (stored.isArchive()) {
      throw ServiceException.accessDenied("The message is deleted");
    }
    MessageContent content = body.effectiveContent() != null ? body.effectiveContent()
        : MessageContent.plain(stored.content() == null ? "" : stored.content().text());
    String replyTo = body.replyTo() != null ? body.replyTo()
        : stored.replyTo() == null ? null : stored.replyTo().messageId();
    List<String> linked = body.linkedMessages() != null ? body.linkedMessages() : ids(stored.linkedMessages());
    boolean important = body.important() != null ? body.important() : stored.important();
    boolean nopreview = body.nopreview() != null ? body.nopreview() : stored.nopreview();
    return new SendMessage(chat, id, content, replyTo, linked, important, nopreview, body.uploads());
  }

  private static List<String> ids(List<Message> messages) {
    return messages == null ? List.of() : messages.stream().map(Message::messageId).toList();
  }

  private static void refuseScheduled(MessageRequest body) {
    if (body.sendAt() != null) {
      throw ServiceException.invalid("send_at", "scheduled messages are not supported by this server");
    }
  }
}
