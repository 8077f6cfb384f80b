package org.tadaserver.chats.messages;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.sqlclient.SqlClient;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.tadaserver.bus.ServiceException;
import org.tadaserver.chats.SendMessage;
import org.tadaserver.chats.access.ChatAccess;
import org.tadaserver.chats.access.ChatFailures;
import org.tadaserver.chats.access.ChatRights;
import org.tadaserver.chats.access.ChatTarget;
import org.tadaserver.directory.Membership;
import org.tadaserver.protocol.Limits;
import org.tadaserver.protocol.enums.Mediatype;
import org.tadaserver.protocol.model.Message;
import org.tadaserver.protocol.model.MessageContent;
import org.tadaserver.store.chat.MemberRepository;
import org.tadaserver.store.chat.MentionRepository;
import org.tadaserver.store.chat.MessageRepository;
import org.tadaserver.store.chat.MessageRow;
import org.tadaserver.store.db.DatabaseOutage;

/**
 * The send path up to the batch writer (docs/messages.md, steps 1-2): checks the request, resolves {@code to} for the
 * actor and checks they may write there ({@link ChatRights}), creates a direct chat on its first message, checks the
 * answered and forwarded messages, parses mentions and links, then queues the message.
 */
final class Sends {
  /**
   * How long a send waits out a database outage (PostgreSQL restarting) before it fails: confirms pause instead of
   * turning into errors, and the attempt ends below the bus timeout (15 s) so the caller still gets the answer.
   */
  static final Duration OUTAGE_BUDGET = Duration.ofSeconds(12);
  private final Vertx vertx;
  /** Reads only: every write of a send happens in the batch writer's transaction. */
  private final SqlClient lookups;
  private final Limits limits;
  private final DirectChats directs;
  private final BatchWriter batch;

  Sends(Vertx vertx, SqlClient lookups, Limits limits, DirectChats directs, BatchWriter batch) {
    this.vertx = vertx;
    this.lookups = lookups;
    this.limits = limits;
    this.directs = directs;
    this.batch = batch;
  }

  /**
   * Sends, repeating the whole send while the database is away (for up to {@link #OUTAGE_BUDGET}): a send is keyed
   * by its message id, so a repeat after a commit whose answer was lost is a resend and stores nothing twice.
   */
  Future<Message> send(Membership actor, SendMessage request) {
    return DatabaseOutage.retrying(vertx, () -> sendOnce(actor, request), OUTAGE_BUDGET);
  }

  private Future<Message> sendOnce(Membership actor, SendMessage request) {
    long received = System.nanoTime();
    SendCheck.Checked c;
    try {
      c = SendCheck.check(request, limits);
    } catch (ServiceException e) {
      return Future.failedFuture(e);
    }
    Future<Pending> pending = directs.notebotIfNamed(actor, c.to())
        .compose(v -> new ChatAccess(lookups).resolve(actor, c.to()))
        .compose(target -> writable(actor, target))
        // References are checked before a first message creates its direct chat: a refused message leaves no chat.
        .compose(target -> references(actor, target.exists() ? target.chat().uid() : null, c)
            .compose(refs -> directs.ensure(actor, target).compose(chat -> parse(actor, chat, c, refs, received))));
    return ChatFailures.mapped(pending).compose(batch::submit);
  }

  private static Future<ChatTarget> writable(Membership actor, ChatTarget target) {
    return ChatRights.cantWriteReason(actor, target)
        .<Future<ChatTarget>>map(reason -> Future.failedFuture(ServiceException.accessDenied(reason)))
        .orElseGet(() -> Future.succeededFuture(target));
  }

  /**
   * The answered message must be a live message of the same chat ({@code chat} null: a chat not created yet, which
   * has none); forwarded ones live messages of chats the actor is a current member of. Anything else is reported as not
   * found, so nothing about other chats leaks.
   */
  private Future<Map<UUID, MessageRow>> references(Membership actor, UUID chat, SendCheck.Checked c) {
    Set<UUID> ids = new LinkedHashSet<>(c.linked());
    if (c.replyTo() != null) {
      ids.add(c.replyTo());
    }
    if (ids.isEmpty()) {
      return Future.succeededFuture(Map.of());
    }
    return new MessageRepository(lookups).findAll(ids).compose(rows -> {
      Map<UUID, MessageRow> byId = new HashMap<>();
      rows.stream().filter(r -> !r.isArchive() && r.teamUid().equals(actor.team())).forEach(r -> byId.put(r.uid(), r));
      if (c.replyTo() != null && (!byId.containsKey(c.replyTo()) || !byId.get(c.replyTo()).chatUid().equals(chat))) {
        return Future.failedFuture(ServiceException.invalid("reply_to", "no such message in this chat"));
      }
      if (!byId.keySet().containsAll(c.linked())) {
        return Future.failedFuture(ServiceException.invalid("linked_messages", "no such message"));
      }
      Set<UUID> sourceChats = new HashSet<>();
      c.linked().forEach(id -> sourceChats.add(byId.get(id).chatUid()));
      sourceChats.remove(chat);
      return memberOfAll(actor, sourceChats).compose(ok -> ok ? Future.succeededFuture(byId)
          : Future.failedFuture(ServiceException.invalid("linked_messages", "no such message")));
    });
  }

  private Future<Boolean> memberOfAll(Membership actor, Set<UUID> chats) {
    if (chats.isEmpty()) {
      return Future.succeededFuture(true);
    }
    return new MemberRepository(lookups).activeOf(List.copyOf(chats)).map(members -> members.stream()
        .filter(m -> m.contactUid().equals(actor.contact())).map(m -> m.chatUid()).distinct().count() == chats.size());
  }

  private Future<Pending> parse(Membership actor, UUID chat, SendCheck.Checked c, Map<UUID, MessageRow> refs,
      long received) {
    Set<String> tokens = TextParser.mentionTokens(c.text());
    return new MentionRepository(lookups).find(actor.team(), tokens).map(candidates -> {
      TextParser.Parsed parsed = TextParser.parse(c.text(), candidates, c.nopreview());
      MessageContent content = MessageContent.builder().type(Mediatype.PLAIN).text(c.text()).build();
      Outgoing message = new Outgoing(c.uid(), chat, actor.contact(), content, c.text(), parsed.links(),
          parsed.mentions(), c.replyTo(), c.linked(), c.important(), c.nopreview(), false, false);
      return new Pending(actor, message, refs, BatchWriter.promise(), received);
    });
  }
}
