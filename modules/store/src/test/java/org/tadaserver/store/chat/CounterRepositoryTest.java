package org.tadaserver.store.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.sqlclient.Tuple;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.tadaserver.store.team.ContactRow;
import org.tadaserver.store.team.NewContact;
import org.tadaserver.store.team.TeamRow;

class CounterRepositoryTest extends MessageTestBase {

  private ChatRow groupOf(TeamRow team, ContactRow admin, ContactRow... others) {
    ChatRow g = group(team, admin, "G", false);
    for (ContactRow o : others) {
      await(members.join(g.uid(), team.uid(), o.uid(), MemberRow.MEMBER, gentime()));
    }
    return g;
  }

  private MemberRow member(ChatRow chat, ContactRow who) {
    return await(members.find(chat.uid(), who.uid())).orElseThrow();
  }

  /** Verifies new-message deltas: others add up, a writer's marker moves to their own message and resets. */
  @Test
  void deltas() {
    TeamRow team = newTeam();
    ContactRow a = person(team, "A");
    ContactRow b = person(team, "B");
    ChatRow g = groupOf(team, a, b);
    MessageRow m = post(g, a, "x");
    List<MemberRow> after = await(counters.apply(List.of(
        new MemberDelta(g.uid(), b.uid(), false, 2, 1, 0, null),
        new MemberDelta(g.uid(), a.uid(), true, 1, 0, m.seq(), m.uid())), 777L));
    Map<UUID, MemberRow> byContact = after.stream().collect(Collectors.toMap(MemberRow::contactUid,
        Function.identity()));
    assertEquals(2, byContact.get(b.uid()).numUnread());
    assertEquals(1, byContact.get(b.uid()).numUnreadNotices());
    assertEquals(m.uid(), byContact.get(a.uid()).lastReadMessage());
    assertEquals(m.seq(), byContact.get(a.uid()).lastReadSeq());
    assertEquals(1, byContact.get(a.uid()).numUnread());
    assertTrue(byContact.get(b.uid()).gentime() > 0);
    await(counters.apply(List.of(new MemberDelta(g.uid(), b.uid(), false, 3, 0, 0, null)), 778L));
    assertEquals(5, member(g, b).numUnread(), "grows incrementally");
  }

  /** Verifies moving a read marker recounts from the messages, forwards and backwards, and who read first. */
  @Test
  void moveReadAndFirstRead() {
    TeamRow team = newTeam();
    ContactRow a = person(team, "A");
    ContactRow b = person(team, "B");
    ContactRow c = person(team, "C");
    ChatRow g = groupOf(team, a, b, c);
    MessageRow m1 = post(g, a, "1", b.uid());
    MessageRow m2 = post(g, a, "2");
    MessageRow m3 = post(g, b, "3");
    ReadMove moved = await(counters.moveRead(g.uid(), c.uid(), m1.seq(), m1.uid(), gentime())).orElseThrow();
    assertEquals(0, moved.previousSeq());
    assertEquals(2, moved.member().numUnread(), "#2 and #3 after the marker");
    assertEquals(List.of(m1.uid()), await(counters.firstRead(g.uid(), c.uid(), 0, m1.seq(), 10)).stream()
        .map(FirstRead::message).toList());
    List<FirstRead> byB = await(counters.firstRead(g.uid(), b.uid(), 0, m3.seq(), 10));
    assertEquals(List.of(m2.uid()), byB.stream().map(FirstRead::message).toList(),
        "#1 was read by C already, #3 is B's own");
    ReadMove bRead = await(counters.moveRead(g.uid(), b.uid(), 0, null, gentime())).orElseThrow();
    assertEquals(2, bRead.member().numUnread(), "B's own #3 never counts");
    assertEquals(1, bRead.member().numUnreadNotices());
    assertTrue(await(counters.moveRead(g.uid(), UUID.randomUUID(), 0, null, gentime())).isEmpty());
    assertEquals(List.of(), await(counters.firstRead(g.uid(), b.uid(), 5, 5, 10)));
  }

  /**
   * Verifies the set-based first-read answers every range exactly as {@code firstRead} alone does, in the order
   * given, with the limit per range, and empty answers for empty ranges or ranges with nothing to tell.
   */
  @Test
  void firstReadAllMatchesFirstRead() {
    TeamRow team = newTeam();
    ContactRow a = person(team, "A");
    ContactRow b = person(team, "B");
    ContactRow c = person(team, "C");
    ChatRow g = groupOf(team, a, b, c);
    ChatRow h = groupOf(team, b, a);
    MessageRow m1 = post(g, a, "1");
    MessageRow m2 = post(g, a, "2");
    MessageRow m3 = post(g, b, "3");
    MessageRow n1 = post(h, b, "n1");
    List<ReadRange> ranges = List.of(
        new ReadRange(g.uid(), c.uid(), 0, m3.seq()),
        new ReadRange(g.uid(), b.uid(), 0, m3.seq()),
        new ReadRange(g.uid(), c.uid(), 4, 4),
        new ReadRange(h.uid(), a.uid(), 0, n1.seq()),
        new ReadRange(h.uid(), b.uid(), 0, n1.seq()),
        new ReadRange(g.uid(), c.uid(), 0, m3.seq()));
    List<List<FirstRead>> all = await(counters.firstReadAll(ranges, 10));
    assertEquals(ranges.size(), all.size());
    for (int i = 0; i < ranges.size(); i++) {
      ReadRange r = ranges.get(i);
      assertEquals(await(counters.firstRead(r.chat(), r.reader(), r.fromSeq(), r.toSeq(), 10)), all.get(i), "range " + i);
    }
    assertEquals(List.of(m3.uid(), m2.uid(), m1.uid()), all.get(0).stream().map(FirstRead::message).toList());
    assertEquals(List.of(), all.get(2));
    assertEquals(List.of(), all.get(4), "B's own message in H");
    assertEquals(List.of(m3.uid(), m2.uid()), await(counters.firstReadAll(ranges.subList(0, 1), 2)).get(0).stream()
        .map(FirstRead::message).toList(), "newest first, at most the limit");
    assertEquals(List.of(List.of()), await(counters.firstReadAll(List.of(new ReadRange(g.uid(), c.uid(), 3, 1)), 10)));
    assertEquals(List.of(), await(counters.firstReadAll(List.of(), 10)));
  }

  /**
   * Verifies that no index of chat_members holds gentime (V41), so the per-message counter update of every member
   * row is a HOT update: counted by PostgreSQL's statistics of the transaction that made them.
   */
  @Test
  void memberCounterUpdatesAreHot() {
    TeamRow team = newTeam();
    ContactRow a = person(team, "A");
    ContactRow b = person(team, "B");
    ContactRow c = person(team, "C");
    ChatRow g = groupOf(team, a, b, c);
    MessageRow m = post(g, a, "x");
    List<MemberDelta> deltas = List.of(new MemberDelta(g.uid(), a.uid(), true, 0, 0, m.seq(), m.uid()),
        new MemberDelta(g.uid(), b.uid(), false, 1, 0, 0, null), new MemberDelta(g.uid(), c.uid(), false, 1, 0, 0, null));
    io.vertx.sqlclient.Row stats = await(db.database().pool().withTransaction(tx -> new CounterRepository(tx)
        .apply(deltas, gentime())
        .compose(rows -> tx.query("SELECT n_tup_upd, n_tup_hot_upd FROM pg_stat_xact_user_tables "
            + "WHERE relname = 'chat_members'").execute())
        .map(rows -> rows.iterator().next())));
    assertEquals(3L, stats.getLong("n_tup_upd"));
    assertEquals(3L, stats.getLong("n_tup_hot_upd"), "every member row update is heap-only");
    List<String> indexes = await(db.database().pool()
        .query("SELECT indexdef FROM pg_indexes WHERE tablename = 'chat_members'").execute())
        .stream().map(r -> r.getString("indexdef")).toList();
    assertTrue(indexes.stream().noneMatch(d -> d.contains("gentime")), indexes.toString());
    assertTrue(indexes.stream().anyMatch(d -> d.contains("(contact_uid)")), indexes.toString());
  }

  /** Verifies a deleted message leaves the counters of those who had not read it, and the chat's counts. */
  @Test
  void messageRemoved() {
    TeamRow team = newTeam();
    ContactRow a = person(team, "A");
    ContactRow b = person(team, "B");
    ContactRow c = person(team, "C");
    ChatRow g = groupOf(team, a, b, c);
    MessageRow m1 = post(g, a, "1");
    MessageRow m2 = post(g, a, "2", b.uid());
    await(counters.apply(List.of(new MemberDelta(g.uid(), b.uid(), false, 2, 1, 0, null),
        new MemberDelta(g.uid(), c.uid(), false, 2, 0, 0, null)), gentime()));
    await(counters.moveRead(g.uid(), c.uid(), m2.seq(), m2.uid(), gentime()));
    await(messages.archive(m2.uid(), m2.created(), gentime()));
    List<MemberRow> after = await(counters.messageRemoved(m2.archived(m2.created(), gentime()), gentime()));
    assertEquals(3, after.size(), "every current member's view moves");
    assertEquals(1, member(g, b).numUnread());
    assertEquals(0, member(g, b).numUnreadNotices());
    assertEquals(0, member(g, c).numUnread(), "C had read it");
    ChatRow chat = await(chats.get(g.uid()));
    assertEquals(1, chat.numMessages());
    assertEquals(m1.uid(), chat.lastMessage(), "the newest live message");
  }

  /** Verifies an edit that changes mentions moves notices only for members who have not read the message. */
  @Test
  void noticesChanged() {
    TeamRow team = newTeam();
    ContactRow a = person(team, "A");
    ContactRow b = person(team, "B");
    ContactRow c = person(team, "C");
    ChatRow g = groupOf(team, a, b, c);
    MessageRow m = post(g, a, "hi", b.uid());
    await(counters.apply(List.of(new MemberDelta(g.uid(), b.uid(), false, 1, 1, 0, null),
        new MemberDelta(g.uid(), c.uid(), false, 1, 0, 0, null)), gentime()));
    List<MemberRow> changed = await(counters.noticesChanged(m, List.of(c.uid()), List.of(b.uid()), gentime()));
    assertEquals(2, changed.size());
    assertEquals(0, member(g, b).numUnreadNotices());
    assertEquals(1, member(g, c).numUnreadNotices());
    await(counters.importantsChanged(g.uid(), 1));
    assertEquals(1, await(chats.get(g.uid())).numImportants());
  }

  /** Verifies the aggregate: per chat type, muted and archived chats left out, every team of the user, bots none. */
  @Test
  void unreadAcrossTeams() {
    TeamRow team = newTeam();
    TeamRow second = newTeam();
    ContactRow a = person(team, "A");
    ContactRow b = person(team, "B");
    ContactRow bAgain = await(repos.contacts().insert(NewContact.member(second.uid(), b.user(), "member", "B2", "B2",
        "AB", "#112233"), gentime()));
    ChatRow g1 = groupOf(team, a, b);
    ChatRow g2 = groupOf(team, a, b);
    ChatRow muted = groupOf(team, a, b);
    ChatRow direct = await(chats.createDirect(team.uid(), a.uid(), b.uid(), gentime()));
    setUnread(g1.uid(), b.uid(), 2);
    setUnread(g2.uid(), b.uid(), 3);
    setUnread(muted.uid(), b.uid(), 7);
    setUnread(direct.uid(), b.uid(), 1);
    await(db.database().pool().preparedQuery("UPDATE chat_members SET num_unread_notices = 1 WHERE chat_uid = $1 "
        + "AND contact_uid = $2").execute(Tuple.of(g2.uid(), b.uid())));
    await(db.database().pool().preparedQuery("UPDATE chat_members SET counters_enabled = false WHERE chat_uid = $1 "
        + "AND contact_uid = $2").execute(Tuple.of(muted.uid(), b.uid())));
    ChatRow other = groupOf(second, bAgain);
    setUnread(other.uid(), bAgain.uid(), 4);

    List<UnreadRow> rows = await(counters.unread(List.of(b.uid())));
    Map<String, UnreadRow> inTeam = rows.stream().filter(r -> r.team().equals(team.uid()))
        .collect(Collectors.toMap(UnreadRow::chatType, Function.identity()));
    assertEquals(new UnreadRow(b.user(), team.uid(), b.uid(), "group", 5, 1, 2), inTeam.get("group"));
    assertEquals(new UnreadRow(b.user(), team.uid(), b.uid(), "direct", 1, 0, 1), inTeam.get("direct"));
    assertEquals(List.of(new UnreadRow(b.user(), second.uid(), bAgain.uid(), "group", 4, 0, 1)),
        rows.stream().filter(r -> r.team().equals(second.uid())).toList());
    List<UnreadRow> nothing = await(counters.unread(List.of(a.uid())));
    assertEquals(List.of(new UnreadRow(a.user(), team.uid(), a.uid(), null, 0, 0, 0)), nothing,
        "a team with nothing unread still comes, as zeros");
    await(chats.archive(g1.uid(), gentime()));
    assertEquals(3, await(counters.unread(List.of(b.uid()))).stream()
        .filter(r -> "group".equals(r.chatType()) && r.team().equals(team.uid())).findFirst().orElseThrow()
        .messages(), "archived chats are left out");
    assertEquals(List.of(), await(counters.unread(List.of())));
  }

  /** Verifies chats lock and advance in one round trip each. */
  @Test
  void lockAndAdvance() {
    TeamRow team = newTeam();
    ContactRow a = person(team, "A");
    ChatRow g = groupOf(team, a);
    MessageRow m = row(g, a, 3, "x", List.of());
    await(messages.insert(List.of(m)));
    await(counters.advance(List.of(new ChatAdvance(g.uid(), 3, 1, 1, m.uid(), m.created()))));
    ChatRow locked = await(db.database().pool().withTransaction(c -> new CounterRepository(c)
        .lockChats(List.of(g.uid())))).get(0);
    assertEquals(3, locked.lastSeq());
    assertEquals(1, locked.numMessages());
    assertEquals(1, locked.numImportants());
    assertEquals(m.uid(), locked.lastMessage());
    assertEquals(m.created(), locked.lastActivity());
  }
}
