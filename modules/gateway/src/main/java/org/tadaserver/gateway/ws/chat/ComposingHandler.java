package org.tadaserver.gateway.ws.chat;

import io.vertx.core.Future;
import org.tadaserver.chats.ChatService;
import org.tadaserver.directory.Membership;
import org.tadaserver.gateway.ws.ClientEvent;
import org.tadaserver.gateway.ws.ClientEventHandler;
import org.tadaserver.gateway.ws.Session;
import org.tadaserver.protocol.event.ClientChatComposing;

/**
 * {@code client.chat.composing {jid, composing?, is_audio?}}: typing (or recording, or stopped: without
 * {@code composing:true} it means stopped, reference §1.9) goes to the chat's other members as
 * {@code server.chat.composing} via {@link ChatService#composing}; nothing is stored. The deprecated {@code draft}
 * key is ignored (drafts have their own route).
 */
final class ComposingHandler implements ClientEventHandler {
  private final ChatService chats;

  ComposingHandler(ChatService chats) {
    this.chats = chats;
  }

  @Override
  public Future<Void> handle(Session session, ClientEvent event) {
    return run(session.identity().membership(), event);
  }

  Future<Void> run(Membership actor, ClientEvent event) {
    ClientChatComposing params = EventParams.decode(event, ClientChatComposing.class);
    EventParams.required(event, "jid", params.jid());
    return chats.composing(actor, params.jid().toString(), params.composing(), params.isAudio());
  }
}
