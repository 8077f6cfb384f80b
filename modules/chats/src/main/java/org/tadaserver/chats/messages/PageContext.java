package org.tadaserver.chats.messages;

import io.vertx.core.Future;
import io.vertx.sqlclient.SqlClient;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.tadaserver.store.chat.HistoryRepository;
import org.tadaserver.store.chat.HistoryRepository.ReadMark;
import org.tadaserver.store.chat.MessageRepository;
import org.tadaserver.store.chat.MessageRow;
import org.tadaserver.store.chat.Positions;
import org.tadaserver.store.chat.ReactionRepository;
import org.tadaserver.store.chat.ReactionRow;

/**
 * Loads what rendering stored messages of ONE chat needs ({@link ViewContext}): positions, reactions, the messages they
 * answer or forward, and which were received. A fixed number of queries per page, whatever its size.
 */
final class PageContext {
  private PageContext() {}

  static Future<ViewContext> load(SqlClient client, UUID chat, int updateAge, List<MessageRow> rows) {
    if (rows.isEmpty()) {
      return Future.succeededFuture(ViewContext.of(updateAge, Map.of()));
    }
    List<UUID> uids = rows.stream().map(MessageRow::uid).toList();
    Set<UUID> refs = new LinkedHashSet<>();
    rows.forEach(r -> {
      if (r.replyTo() != null) {
        refs.add(r.replyTo());
      }
      refs.addAll(r.linked());
    });
    Future<Map<UUID, Position>> positions = positions(client, chat, rows);
    Future<List<ReactionRow>> reactions = new ReactionRepository(client).of(uids);
    Future<List<MessageRow>> referenced = new MessageRepository(client).findAll(refs);
    Future<List<ReadMark>> readers = new HistoryRepository(client).topReaders(chat);
    return Future.all(positions, reactions, referenced, readers).map(all -> new ViewContext(updateAge,
        positions.result(),
        referenced.result().stream().collect(Collectors.toMap(MessageRow::uid, r -> r)),
        reactions.result().stream().collect(Collectors.groupingBy(ReactionRow::message)),
        received(rows, readers.result()), false));
  }

  /** Positions of the live messages among {@code rows} (all of one chat). */
  static Future<Map<UUID, Position>> positions(SqlClient client, UUID chat, List<MessageRow> rows) {
    List<MessageRow> live = rows.stream().filter(r -> !r.isArchive()).toList();
    if (live.isEmpty()) {
      return Future.succeededFuture(Map.of());
    }
    long from = live.stream().mapToLong(MessageRow::seq).min().orElseThrow();
    long to = live.stream().mapToLong(MessageRow::seq).max().orElseThrow();
    return new HistoryRepository(client).positions(chat, from, to).map(p -> number(p, live));
  }

  static Map<UUID, Position> number(Positions p, List<MessageRow> live) {
    Map<Long, Integer> index = new HashMap<>();
    for (int i = 0; i < p.span().size(); i++) {
      index.put(p.span().get(i).seq(), i);
    }
    Map<UUID, Position> out = new HashMap<>();
    for (MessageRow row : live) {
      Integer i = index.get(row.seq());
      if (i != null) {
        UUID prev = i > 0 ? p.span().get(i - 1).uid() : null;
        out.put(row.uid(), new Position((int) (p.base() + i), prev, row.seq() == p.lastLiveSeq()));
      }
    }
    return out;
  }

  /** A message is received when the furthest reader other than its author has read up to it. */
  static Set<UUID> received(List<MessageRow> rows, List<ReadMark> top) {
    Set<UUID> out = new HashSet<>();
    for (MessageRow row : rows) {
      long furthest = top.stream().filter(m -> !m.contact().equals(row.sender())).mapToLong(ReadMark::seq)
          .findFirst().orElse(0);
      if (furthest >= row.seq()) {
        out.add(row.uid());
      }
    }
    return out;
  }
}
