package org.tadaserver.gateway.ws.chat;

import org.tadaserver.chats.ChatService;
import org.tadaserver.gateway.ws.Dispatcher;
import org.tadaserver.protocol.Limits;

/**
 * The client events of chats and messages, registered in the dispatch table in place of their "not supported yet"
 * placeholders: {@code client.message.updated}, {@code client.message.deleted}, {@code client.chat.lastread},
 * {@code client.chat.composing}. Each acts as the session's membership in its team (fixed at the upgrade), calls the
 * chat service over the event bus, and completes after the service's commit, so the dispatcher confirms only then.
 */
public final class ChatEvents {
  public static final String MESSAGE_UPDATED = "client.message.updated";
  public static final String MESSAGE_DELETED = "client.message.deleted";
  public static final String CHAT_LASTREAD = "client.chat.lastread";
  public static final String CHAT_COMPOSING = "client.chat.composing";

  private ChatEvents() {}

  public static void register(Dispatcher dispatcher, ChatService chats, Limits limits) {
    dispatcher.register(MESSAGE_UPDATED, new MessageUpdatedHandler(chats, limits))
        .register(MESSAGE_DELETED, new MessageDeletedHandler(chats))
        .register(CHAT_LASTREAD, new LastreadHandler(chats))
        .register(CHAT_COMPOSING, new ComposingHandler(chats));
  }
}
