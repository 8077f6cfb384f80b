package org.tadaserver.gateway.ws.chat;

import io.vertx.core.Future;
import org.tadaserver.chats.ChatService;
import org.tadaserver.chats.SendMessage;
import org.tadaserver.directory.Membership;
import org.tadaserver.gateway.rest.ChatInputs;
import org.tadaserver.gateway.ws.ClientEvent;
import org.tadaserver.gateway.ws.ClientEventHandler;
import org.tadaserver.gateway.ws.Session;
import org.tadaserver.protocol.Limits;
import org.tadaserver.protocol.event.ClientMessageUpdated;

/**
 * {@code client.message.updated}: create or edit a message, keyed by {@code message_id} (a resend is a no-op), via
 * {@link ChatService#send}. The returned future completes when the service has COMMITTED, so the dispatcher's
 * {@code server.confirm} follows the write (reference §1.5); a refusal becomes its {@code server.warning}. The echo to
 * the sender's sessions and the copies to the other members are the service's deliveries, not this handler's.
 */
final class MessageUpdatedHandler implements ClientEventHandler {
  private final ChatService chats;
  private final Limits limits;

  MessageUpdatedHandler(ChatService chats, Limits limits) {
    this.chats = chats;
    this.limits = limits;
  }

  @Override
  public Future<Void> handle(Session session, ClientEvent event) {
    return run(session.identity().membership(), event);
  }

  Future<Void> run(Membership actor, ClientEvent event) {
    ClientMessageUpdated params = EventParams.decode(event, ClientMessageUpdated.class);
    EventParams.required(event, "to", params.to());
    EventParams.required(event, "content", params.content());
    SendMessage message = new SendMessage(params.to().toString(), params.messageId(), params.content(),
        params.replyTo(), params.linkedMessages(), params.important(), params.nopreview(), params.uploads());
    ChatInputs.send(message, limits);
    return chats.send(actor, message).mapEmpty();
  }
}
