package org.tadaserver.gateway.ws.chat;

import io.vertx.core.Future;
import org.tadaserver.chats.ChatService;
import org.tadaserver.directory.Membership;
import org.tadaserver.gateway.ws.ClientEvent;
import org.tadaserver.gateway.ws.ClientEventHandler;
import org.tadaserver.gateway.ws.Session;
import org.tadaserver.protocol.event.ClientMessageDeleted;

/**
 * {@code client.message.deleted {message_id}}: archives the message ({@link ChatService#delete}: its author within the
 * team's update age, or a chat admin); repeated deletes are no-ops. Confirmed after the commit; every member hears of
 * it from the service's deliveries.
 */
final class MessageDeletedHandler implements ClientEventHandler {
  private final ChatService chats;

  MessageDeletedHandler(ChatService chats) {
    this.chats = chats;
  }

  @Override
  public Future<Void> handle(Session session, ClientEvent event) {
    return run(session.identity().membership(), event);
  }

  Future<Void> run(Membership actor, ClientEvent event) {
    ClientMessageDeleted params = EventParams.decode(event, ClientMessageDeleted.class);
    String id = EventParams.required(event, "message_id", params.messageId());
    return chats.delete(actor, id).mapEmpty();
  }
}
