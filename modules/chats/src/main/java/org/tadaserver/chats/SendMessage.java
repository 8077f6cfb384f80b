package org.tadaserver.chats;

import java.util.List;
import org.tadaserver.protocol.model.MessageContent;

/**
 * A message to create or edit, from {@code client.message.updated} or the REST send/edit endpoints.
 *
 * @param to the chat as the sender names it: a group/task JID, or the recipient's contact JID for a direct chat
 * @param messageId the client's UUID; null = the server makes one (then a resend cannot be recognised)
 * @param content the content; only {@code plain} text is accepted from clients for now
 * @param replyTo id of the message answered, or null
 * @param linkedMessages ids of forwarded messages (at most {@code limits.max_linked_messages})
 * @param uploads upload uids to attach (empty until uploads exist)
 */
public record SendMessage(
    String to, String messageId, MessageContent content, String replyTo, List<String> linkedMessages,
    boolean important, boolean nopreview, List<String> uploads) {
  public SendMessage {
    linkedMessages = linkedMessages == null ? List.of() : List.copyOf(linkedMessages);
    uploads = uploads == null ? List.of() : List.copyOf(uploads);
  }
}
