package org.tadaserver.chats.messages;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.tadaserver.bus.ServiceException;
import org.tadaserver.chats.MessageFilter;
import org.tadaserver.chats.access.ChatAccess;
import org.tadaserver.chats.access.ChatFailures;
import org.tadaserver.chats.access.ChatTarget;
import org.tadaserver.directory.Membership;
import org.tadaserver.protocol.Jid;
import org.tadaserver.protocol.Limits;
import org.tadaserver.protocol.model.Message;
import org.tadaserver.store.chat.HistoryQuery;
import org.tadaserver.store.chat.HistoryQuery.Direction;
import org.tadaserver.store.chat.HistoryRepository;
import org.tadaserver.store.chat.MessageRepository;
import org.tadaserver.store.chat.MessageRow;
import org.tadaserver.store.team.TeamRepository;

/**
 * History of one chat for a current member, newest first (protocol-reference §2.3 MessageFilter). Cursors:
 * {@code exact}, else {@code around}, else {@code old_from}, else {@code new_from} (the first one set wins); each must
 * name a message of this chat. {@code limit} 0 means {@link MessageFilter#DEFAULT_LIMIT}, larger than
 * {@code max_message_search_limit} is cut to it. {@code gentime_from=G}: messages changed after version G (strictly
 * greater), deleted ones included, oldest change first within the limit, so paging by the highest gentime received
 * misses nothing.
 */
final class History {
  private final Pool pool;
  private final Limits limits;

  History(Pool pool, Limits limits) {
    this.pool = pool;
    this.limits = limits;
  }

  Future<List<Message>> history(Membership actor, String chatJid, MessageFilter filter) {
    MessageFilter f = filter == null ? MessageFilter.NEWEST : filter;
    if (f.limit() < 0) {
      return Future.failedFuture(ServiceException.invalid("limit", "must not be negative"));
    }
    List<UUID> senders;
    try {
      senders = senders(f.senders());
    } catch (ServiceException e) {
      return Future.failedFuture(e);
    }
    Future<List<Message>> page = new ChatAccess(pool).resolveMember(actor, chatJid).compose(target -> {
      if (!target.exists()) {
        return Future.succeededFuture(List.<Message>of());
      }
      return query(target, f, senders).compose(q -> new HistoryRepository(pool).page(q))
          .compose(rows -> render(actor, target, rows));
    });
    return ChatFailures.mapped(page);
  }

  private Future<HistoryQuery> query(ChatTarget target, MessageFilter f, List<UUID> senders) {
    int limit = Math.min(f.limit() == 0 ? MessageFilter.DEFAULT_LIMIT : f.limit(), limits.maxMessageSearchLimit());
    String text = f.text() == null || f.text().isBlank() ? null : f.text().strip();
    UUID chat = target.chat().uid();
    Cursor c = cursor(f);
    if (c == null) {
      return Future.succeededFuture(new HistoryQuery(chat, limit, Direction.NEWEST, 0, false, f.gentimeFrom(), text,
          f.important(), senders, f.dateFrom(), f.dateTo(), f.includeDeleted()));
    }
    UUID uid;
    try {
      uid = SendCheck.uuid(c.field(), c.id());
    } catch (ServiceException e) {
      return Future.failedFuture(e);
    }
    return new MessageRepository(pool).find(uid).compose(row -> row.isPresent() && row.get().chatUid().equals(chat)
        ? Future.succeededFuture(new HistoryQuery(chat, limit, c.direction(), row.get().seq(), c.inclusive(),
            f.gentimeFrom(), text, f.important(), senders, f.dateFrom(), f.dateTo(), f.includeDeleted()))
        : Future.failedFuture(ServiceException.notFound("message")));
  }

  private record Cursor(String field, String id, Direction direction, boolean inclusive) {}

  private static Cursor cursor(MessageFilter f) {
    if (set(f.exact())) {
      return new Cursor("exact", f.exact(), Direction.EXACT, true);
    }
    if (set(f.around())) {
      return new Cursor("around", f.around(), Direction.AROUND, true);
    }
    if (set(f.oldFrom())) {
      return new Cursor("old_from", f.oldFrom(), Direction.OLDER, f.oldFromInclusive());
    }
    if (set(f.newFrom())) {
      return new Cursor("new_from", f.newFrom(), Direction.NEWER, f.newFromInclusive());
    }
    return null;
  }

  private static boolean set(String value) {
    return value != null && !value.isBlank();
  }

  private static List<UUID> senders(List<String> jids) {
    List<UUID> out = new ArrayList<>();
    for (String s : jids) {
      Jid jid = SendCheck.jid("sender", s);
      if (!jid.isContact()) {
        throw ServiceException.invalid("sender", "not a contact JID: " + s);
      }
      out.add(jid.uuid());
    }
    return out;
  }

  private Future<List<Message>> render(Membership actor, ChatTarget target, List<MessageRow> rows) {
    return new TeamRepository(pool).get(actor.team())
        .compose(team -> PageContext.load(pool, target.chat().uid(), team.settings().maxMessageUpdateAge(), rows))
        .map(ctx -> rows.stream().map(r -> MessageViews.view(r, actor.contact(), ctx)).toList());
  }
}
