package org.tadaserver.chats.messages;

import java.util.List;
import java.util.UUID;
import org.tadaserver.protocol.model.MessageContent;
import org.tadaserver.protocol.model.MessageLink;

/**
 * A new message, checked and parsed, ready for {@link MessageWriter}.
 *
 * @param uid the message id (the client's, or one the server made)
 * @param chat the chat it goes to (already resolved for the sender)
 * @param sender the author's contact; for a system message the contact whose action it reports
 * @param pushText plain-text rendering for pushes and chat-list previews
 * @param links links made from the text
 * @param mentions contacts the text mentions
 * @param replyTo the message answered (same chat), or null
 * @param linked forwarded messages, in order
 * @param silently changes no counter
 * @param system a server-made {@code change} message: never editable, written without a rights check
 */
public record Outgoing(
    UUID uid, UUID chat, UUID sender, MessageContent content, String pushText, List<MessageLink> links,
    List<UUID> mentions, UUID replyTo, List<UUID> linked, boolean important, boolean nopreview, boolean silently,
    boolean system) {
  public Outgoing {
    links = List.copyOf(links);
    mentions = List.copyOf(mentions);
    linked = List.copyOf(linked);
  }
}
