package org.tadaserver.gateway.ws.chat;

import io.vertx.core.Future;
import org.tadaserver.chats.ChatService;
import org.tadaserver.directory.Membership;
import org.tadaserver.gateway.ws.ClientEvent;
import org.tadaserver.gateway.ws.ClientEventHandler;
import org.tadaserver.gateway.ws.Session;
import org.tadaserver.protocol.event.ClientChatLastread;

/**
 * {@code client.chat.lastread {jid, last_read_message_id?}}: moves the reader's marker (left out = up to the last
 * message) via {@link ChatService#markRead}. The service tells all the reader's sessions ({@code server.chat.lastread})
 * and the authors whose messages became seen ({@code server.message.received}) after its commit.
 */
final class LastreadHandler implements ClientEventHandler {
  private final ChatService chats;

  LastreadHandler(ChatService chats) {
    this.chats = chats;
  }

  @Override
  public Future<Void> handle(Session session, ClientEvent event) {
    return run(session.identity().membership(), event);
  }

  Future<Void> run(Membership actor, ClientEvent event) {
    ClientChatLastread params = EventParams.decode(event, ClientChatLastread.class);
    EventParams.required(event, "jid", params.jid());
    return chats.markRead(actor, params.jid().toString(), params.lastReadMessageId());
  }
}
