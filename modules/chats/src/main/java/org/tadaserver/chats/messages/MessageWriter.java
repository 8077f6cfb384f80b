package org.tadaserver.chats.messages;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.SqlClient;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.tadaserver.bus.Delivery;
import org.tadaserver.bus.ServiceException;
import org.tadaserver.protocol.IsoTime;
import org.tadaserver.protocol.Wire;
import org.tadaserver.store.chat.ChatAdvance;
import org.tadaserver.store.chat.ChatRow;
import org.tadaserver.store.chat.CounterRepository;
import org.tadaserver.store.chat.MemberDelta;
import org.tadaserver.store.chat.MemberRepository;
import org.tadaserver.store.chat.MemberRow;
import org.tadaserver.store.chat.MessageRepository;
import org.tadaserver.store.chat.MessageRow;
import org.tadaserver.store.chat.ReadRange;
import org.tadaserver.store.chat.TeamClock;
import org.tadaserver.store.team.TeamRepository;

/**
 * Writes new messages of one team inside the caller's transaction: takes the team clock (one gentime per message),
 * locks the chats, checks each sender is still a member of a live chat, inserts the messages, advances the chats and
 * every member's counters, and reads the counters the events need. The caller commits, then publishes
 * {@link MessageEvents#created}.
 */
final class MessageWriter {
  private MessageWriter() {}

  /** {@code items} all belong to chats of {@code team}; their uids are new (the caller checked under the same lock). */
  static Future<Written> create(SqlClient tx, UUID team, List<Outgoing> items) {
    return create(tx, team, items, null);
  }

  /**
   * Like {@link #create(SqlClient, UUID, List)} for a caller that read the team's {@code max_message_update_age} in
   * this transaction already ({@code updateAge}; null reads it).
   */
  static Future<Written> create(SqlClient tx, UUID team, List<Outgoing> items, Integer updateAge) {
    Set<UUID> chatIds = items.stream().map(Outgoing::chat).collect(Collectors.toCollection(LinkedHashSet::new));
    // Issued together: the connection pipelines them in this order (clock first, so the chats are locked after it).
    Future<Long> first = new TeamClock(tx).reserve(team, items.size());
    Future<List<ChatRow>> chats = new CounterRepository(tx).lockChats(chatIds);
    Future<List<MemberRow>> members = new MemberRepository(tx).activeOf(List.copyOf(chatIds));
    Future<Integer> age = updateAge != null ? Future.succeededFuture(updateAge)
        : new TeamRepository(tx).get(team).map(t -> t.settings().maxMessageUpdateAge());
    return Future.all(first, chats, members, age)
        .compose(v -> write(tx, team, items, first.result(), chats.result(), members.result(), age.result()));
  }

  private static Future<Written> write(SqlClient tx, UUID team, List<Outgoing> items, long firstGentime,
      List<ChatRow> chatRows, List<MemberRow> memberRows, int updateAge) {
    Map<UUID, ChatRow> chats = chatRows.stream().collect(Collectors.toMap(ChatRow::uid, c -> c));
    Map<UUID, List<MemberRow>> members = memberRows.stream()
        .collect(Collectors.groupingBy(MemberRow::chatUid, LinkedHashMap::new, Collectors.toList()));
    Instant now = IsoTime.now();
    Map<UUID, ServiceException> rejected = new HashMap<>();
    Map<UUID, Tally> tallies = new LinkedHashMap<>();
    List<MessageRow> rows = new ArrayList<>();
    Map<UUID, Position> positions = new HashMap<>();
    long gentime = firstGentime;
    for (Outgoing item : items) {
      ChatRow chat = chats.get(item.chat());
      ServiceException refused = refusal(item, chat, members.getOrDefault(item.chat(), List.of()));
      if (refused != null) {
        rejected.put(item.uid(), refused);
        continue;
      }
      Tally tally = tallies.computeIfAbsent(chat.uid(), c -> new Tally(chat));
      MessageRow row = row(item, chat, ++tally.lastSeq, now, gentime++);
      positions.put(row.uid(), tally.add(row));
      rows.add(row);
    }
    long lastGentime = gentime - 1;
    for (MessageRow row : rows) {
      Position p = positions.get(row.uid());
      boolean last = row.uid().equals(tallies.get(row.chatUid()).lastMessage);
      positions.put(row.uid(), new Position(p.num(), p.prev(), last));
    }
    if (rows.isEmpty()) {
      return Future.succeededFuture(
          new Written(team, rows, positions, Map.of(), Map.of(), rejected, updateAge, List.of()));
    }
    List<ChatAdvance> advances = tallies.values().stream().map(t -> t.advance(now)).toList();
    CounterRepository counters = new CounterRepository(tx);
    List<MemberDelta> deltas = MemberDeltas.of(rows, members);
    Set<UUID> contacts = deltas.stream().map(MemberDelta::contact).collect(Collectors.toSet());
    // One pipelined round trip, executed in this order: receipts see the new messages and the old read markers,
    // the counters the moved ones.
    Future<Void> inserted = new MessageRepository(tx).insert(rows);
    Future<Void> advanced = counters.advance(advances);
    Future<List<Delivery>> receipts = receipts(tx, team, chats, members, deltas);
    Future<List<MemberRow>> updated = counters.apply(deltas, lastGentime);
    Future<Map<UUID, UserCounters>> totals = Fanout.counters(tx, team, contacts);
    return Future.all(List.of(inserted, advanced, receipts, updated, totals)).map(v -> {
      Map<UUID, List<MemberRow>> after = updated.result().stream().filter(MemberRow::isMember)
          .collect(Collectors.groupingBy(MemberRow::chatUid, LinkedHashMap::new, Collectors.toList()));
      return new Written(team, rows, positions, after, totals.result(), rejected, updateAge, receipts.result());
    });
  }

  /**
   * A member who writes has read everything before their message: messages by others that nobody but the author had
   * read become "received". Runs before the markers move (each writer's own marker is excluded by the query, the
   * others' must still be the old ones) and counts each message once.
   */
  private static Future<List<Delivery>> receipts(SqlClient tx, UUID team, Map<UUID, ChatRow> chats,
      Map<UUID, List<MemberRow>> members, List<MemberDelta> deltas) {
    List<ReadRange> ranges = new ArrayList<>();
    for (MemberDelta d : deltas) {
      if (d.reset()) {
        MemberRow before = members.get(d.chat()).stream().filter(m -> m.contactUid().equals(d.contact())).findFirst()
            .orElseThrow();
        if (before.lastReadSeq() < d.readSeq()) {
          ranges.add(new ReadRange(d.chat(), d.contact(), before.lastReadSeq(), d.readSeq()));
        }
      }
    }
    if (ranges.isEmpty()) {
      return Future.succeededFuture(List.of());
    }
    // One statement for all writers of the batch; each range is answered as if alone, then counted once here.
    return new CounterRepository(tx).firstReadAll(ranges, Receipts.MAX_PER_READ).map(answers -> {
      Set<UUID> seen = new java.util.HashSet<>();
      List<Delivery> out = new ArrayList<>();
      for (int i = 0; i < ranges.size(); i++) {
        ChatRow chat = chats.get(ranges.get(i).chat());
        out.addAll(Receipts.events(team, chat, answers.get(i).stream().filter(r -> seen.add(r.message())).toList()));
      }
      return out;
    });
  }

  /**
   * Why {@code item} may not be written now, or null: re-checked under the team lock because a member may have been
   * removed or the chat deleted since the caller checked {@code ChatRights} (which also covers readonly groups).
   */
  private static ServiceException refusal(Outgoing item, ChatRow chat, List<MemberRow> members) {
    if (chat == null || chat.isArchive()) {
      return ServiceException.notFound("chat");
    }
    if (item.system()) {
      return null;
    }
    MemberRow sender = members.stream().filter(m -> m.contactUid().equals(item.sender())).findFirst().orElse(null);
    if (sender == null) {
      return ServiceException.notFound("chat");
    }
    return null;
  }

  private static MessageRow row(Outgoing o, ChatRow chat, long seq, Instant now, long gentime) {
    JsonObject content = new JsonObject(Wire.toJson(o.content()));
    JsonArray links = new JsonArray(Wire.toJson(o.links()));
    return new MessageRow(o.uid(), chat.uid(), chat.teamUid(), o.sender(), seq, content, o.pushText(), links,
        o.mentions(), o.replyTo(), o.linked(), o.important(), o.nopreview(), o.silently(), o.system(), now, null,
        gentime, false, chat.chatType(), chat.directLow(), chat.directHigh());
  }

  /** Running state of one chat while the batch is laid out. */
  private static final class Tally {
    private final ChatRow chat;
    private long lastSeq;
    private int live;
    private UUID lastMessage;
    private int added;
    private int importants;

    Tally(ChatRow chat) {
      this.chat = chat;
      this.lastSeq = chat.lastSeq();
      this.live = chat.numMessages();
      this.lastMessage = chat.lastMessage();
    }

    Position add(MessageRow row) {
      Position position = new Position(live++, lastMessage, true);
      lastMessage = row.uid();
      added++;
      importants += row.important() ? 1 : 0;
      return position;
    }

    ChatAdvance advance(Instant now) {
      return new ChatAdvance(chat.uid(), lastSeq, added, importants, lastMessage, now);
    }
  }
}
