package org.tadaserver.chats.messages;

import io.vertx.core.Future;
import org.tadaserver.directory.Membership;
import org.tadaserver.protocol.model.Chat;

/**
 * The one thing the message operations need from the chat operations (org.tadaserver.chats.groups, which own the Chat
 * view): a member's view of a chat, as {@code ChatService.chat} answers it. Wired by {@code ChatVerticle} as
 * {@code chatOps::get}.
 */
@FunctionalInterface
public interface ChatViews {
  Future<Chat> view(Membership viewer, String chatJid);
}
