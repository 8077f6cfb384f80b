package org.tadaserver.chats.messages;

import io.vertx.core.Future;
import io.vertx.sqlclient.SqlClient;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.tadaserver.bus.Delivery;
import org.tadaserver.bus.ServiceException;
import org.tadaserver.protocol.enums.Mediatype;
import org.tadaserver.protocol.model.MessageContent;
import org.tadaserver.store.chat.MemberRepository;
import org.tadaserver.store.chat.MessageRepository;
import org.tadaserver.store.chat.MessageRow;

/**
 * Carries messages into a chat inside the caller's transaction: one message by {@code actor} that forwards them
 * ({@code linked_messages}), as a task made from messages starts with them. The same reference rule as a send: live
 * messages of the team, each in a chat the actor is a current member of; anything else is
 * {@code INVALID_DATA linked_messages} ("no such message", so nothing about other chats leaks).
 */
public final class Forwards {
  static final String TEXT = "Forwarded messages";

  private Forwards() {}

  /** Posts the forward; answers the events to publish after the commit (none when {@code linked} is empty). */
  public static Future<List<Delivery>> post(SqlClient tx, UUID team, UUID chat, UUID actor, List<UUID> linked) {
    if (linked.isEmpty()) {
      return Future.succeededFuture(List.of());
    }
    ServiceException unknown = ServiceException.invalid("linked_messages", "no such message");
    return new MessageRepository(tx).findAll(Set.copyOf(linked)).compose(rows -> {
      Map<UUID, MessageRow> byId = new HashMap<>();
      rows.stream().filter(r -> !r.isArchive() && r.teamUid().equals(team)).forEach(r -> byId.put(r.uid(), r));
      if (!byId.keySet().containsAll(linked)) {
        return Future.failedFuture(unknown);
      }
      Set<UUID> sources = byId.values().stream().map(MessageRow::chatUid).collect(Collectors.toSet());
      return new MemberRepository(tx).activeOf(List.copyOf(sources)).compose(members -> {
        long in = members.stream().filter(m -> m.contactUid().equals(actor)).map(m -> m.chatUid()).distinct().count();
        if (in != sources.size()) {
          return Future.failedFuture(unknown);
        }
        MessageContent content = MessageContent.builder().type(Mediatype.PLAIN).text("").build();
        Outgoing message = new Outgoing(UUID.randomUUID(), chat, actor, content, TEXT, List.of(), List.of(), null,
            linked, false, false, false, false);
        return MessageWriter.create(tx, team, List.of(message)).compose(written -> written.rejected().isEmpty()
            ? Future.succeededFuture(MessageEvents.created(written, byId))
            : Future.failedFuture(written.rejected().values().iterator().next()));
      });
    });
  }
}
