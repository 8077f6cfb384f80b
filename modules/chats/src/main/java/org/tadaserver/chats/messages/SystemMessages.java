package org.tadaserver.chats.messages;

import io.vertx.core.Future;
import io.vertx.sqlclient.SqlClient;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.tadaserver.bus.Delivery;
import org.tadaserver.protocol.Jid;
import org.tadaserver.protocol.enums.Mediatype;
import org.tadaserver.protocol.model.MessageContent;
import org.tadaserver.store.chat.MessageRow;

/**
 * Server-made {@code change} messages, written inside the caller's transaction.
 *
 * <p>They are never editable ({@code editable_until} = {@code created}) and are posted {@code silently}: they change
 * no unread counter and send no push, so joining a group or being added to one never shows up as unread. Every
 * current member (the actor included) receives them as {@code server.message.updated}, {@code delayed:false} for
 * the others and the echo for the actor.
 *
 * <pre>{@code
 * pool.withTransaction(tx -> ...group writes... .compose(v -> SystemMessages.post(tx, team,
 *         SystemChange.of(group, actor, "Group created"))))
 *     .onSuccess(posted -> fanout.publish(posted.deliveries()));   // after COMMIT
 * }</pre>
 */
public final class SystemMessages {
  private SystemMessages() {}

  /** A posted change message and the events to publish once the transaction has committed. */
  public record Posted(MessageRow message, List<Delivery> deliveries) {}

  /**
   * Posts {@code change} into its chat (of {@code team}) inside {@code tx}; takes the team clock itself (harmless
   * when the caller holds it already). Fails with NOT_FOUND when the chat does not exist or is archived.
   */
  public static Future<Posted> post(SqlClient tx, UUID team, SystemChange change) {
    MessageContent content = MessageContent.builder()
        .type(Mediatype.CHANGE)
        .text(change.title())
        .title(change.title())
        .actor(Jid.contact(change.actor()))
        .oldValue(change.oldValue())
        .newValue(change.newValue())
        .subtype(change.subtype())
        .build();
    Outgoing message = new Outgoing(UUID.randomUUID(), change.chat(), change.actor(), content, change.title(),
        List.of(), List.of(), null, List.of(), false, false, true, true);
    return MessageWriter.create(tx, team, List.of(message)).compose(written -> {
      if (!written.rejected().isEmpty()) {
        return Future.failedFuture(written.rejected().values().iterator().next());
      }
      return Future.succeededFuture(
          new Posted(written.messages().get(0), MessageEvents.created(written, Map.of())));
    });
  }
}
