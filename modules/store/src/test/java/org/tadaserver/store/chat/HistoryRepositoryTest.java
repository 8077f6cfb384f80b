package org.tadaserver.store.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.tadaserver.store.chat.HistoryQuery.Direction;
import org.tadaserver.store.team.ContactRow;
import org.tadaserver.store.team.TeamRow;

class HistoryRepositoryTest extends MessageTestBase {

  private static HistoryQuery query(UUID chat, int limit, Direction d, long seq, boolean inclusive) {
    return new HistoryQuery(chat, limit, d, seq, inclusive, 0, null, false, List.of(), null, null, false);
  }

  private static List<Long> seqs(List<MessageRow> rows) {
    return rows.stream().map(MessageRow::seq).toList();
  }

  /** Verifies every direction, newest first, and that archived rows are skipped unless asked for. */
  @Test
  void directions() {
    TeamRow team = newTeam();
    ContactRow a = person(team, "A");
    ChatRow g = group(team, a, "G", false);
    List<MessageRow> rows = new ArrayList<>();
    for (int i = 1; i <= 8; i++) {
      rows.add(post(g, a, "m" + i));
    }
    await(messages.archive(rows.get(3).uid(), rows.get(3).created(), gentime()));
    assertEquals(List.of(8L, 7L, 6L), seqs(await(history.page(query(g.uid(), 3, Direction.NEWEST, 0, false)))));
    assertEquals(List.of(3L, 2L), seqs(await(history.page(query(g.uid(), 2, Direction.OLDER, 5, false)))));
    assertEquals(List.of(5L, 3L), seqs(await(history.page(query(g.uid(), 2, Direction.OLDER, 5, true)))),
        "the deleted #4 is skipped");
    assertEquals(List.of(7L, 6L), seqs(await(history.page(query(g.uid(), 2, Direction.NEWER, 5, false)))));
    assertEquals(List.of(6L, 5L, 3L), seqs(await(history.page(query(g.uid(), 3, Direction.AROUND, 5, true)))));
    assertEquals(List.of(4L), seqs(await(history.page(query(g.uid(), 5, Direction.EXACT, 4, true)))),
        "exact shows a deleted message");
    HistoryQuery withDeleted = new HistoryQuery(g.uid(), 3, Direction.OLDER, 6, false, 0, null, false, List.of(),
        null, null, true);
    assertEquals(List.of(5L, 4L, 3L), seqs(await(history.page(withDeleted))));
  }

  /** Verifies the position facts: live count before the stretch, the live span, the newest live message. */
  @Test
  void positions() {
    TeamRow team = newTeam();
    ContactRow a = person(team, "A");
    ChatRow g = group(team, a, "G", false);
    List<MessageRow> rows = new ArrayList<>();
    for (int i = 1; i <= 6; i++) {
      rows.add(post(g, a, "m" + i));
    }
    await(messages.archive(rows.get(1).uid(), rows.get(1).created(), gentime()));
    await(messages.archive(rows.get(5).uid(), rows.get(5).created(), gentime()));
    Positions p = await(history.positions(g.uid(), 4, 5));
    assertEquals(1, p.base(), "one live message (#1) before the span");
    assertEquals(List.of(3L, 4L, 5L), p.span().stream().map(Positions.Live::seq).toList(), "from #3, before #4");
    assertEquals(5, p.lastLiveSeq());
    Positions first = await(history.positions(g.uid(), 1, 1));
    assertEquals(0, first.base());
    assertEquals(List.of(1L), first.span().stream().map(Positions.Live::seq).toList());
  }

  /** Verifies text, sender, important and gentime filters; gentime_from pages by the oldest change first. */
  @Test
  void filters() {
    TeamRow team = newTeam();
    ContactRow a = person(team, "A");
    ContactRow b = person(team, "B");
    ChatRow g = group(team, a, "G", false);
    await(members.join(g.uid(), team.uid(), b.uid(), MemberRow.MEMBER, gentime()));
    MessageRow m1 = post(g, a, "Hello World");
    MessageRow m2 = post(g, b, "hello again");
    MessageRow m3 = post(g, a, "bye");
    HistoryQuery text = new HistoryQuery(g.uid(), 10, Direction.NEWEST, 0, false, 0, "HELLO", false, List.of(), null,
        null, false);
    assertEquals(List.of(m2.seq(), m1.seq()), seqs(await(history.page(text))));
    HistoryQuery bySender = new HistoryQuery(g.uid(), 10, Direction.NEWEST, 0, false, 0, null, false,
        List.of(b.uid()), null, null, false);
    assertEquals(List.of(m2.seq()), seqs(await(history.page(bySender))));
    await(messages.archive(m1.uid(), m1.created(), gentime()));
    HistoryQuery changed = new HistoryQuery(g.uid(), 1, Direction.NEWEST, 0, false, m2.gentime(), null, false,
        List.of(), null, null, false);
    assertEquals(List.of(m3.seq()), seqs(await(history.page(changed))), "oldest change after G first");
    HistoryQuery all = new HistoryQuery(g.uid(), 10, Direction.NEWEST, 0, false, m2.gentime(), null, false,
        List.of(), null, null, false);
    assertEquals(List.of(m3.seq(), m1.seq()), seqs(await(history.page(all))), "deleted ones included");
  }

  /** Verifies the furthest two readers. */
  @Test
  void topReaders() {
    TeamRow team = newTeam();
    ContactRow a = person(team, "A");
    ContactRow b = person(team, "B");
    ContactRow c = person(team, "C");
    ChatRow g = group(team, a, "G", false);
    await(members.join(g.uid(), team.uid(), b.uid(), MemberRow.MEMBER, gentime()));
    await(members.join(g.uid(), team.uid(), c.uid(), MemberRow.MEMBER, gentime()));
    MessageRow m1 = post(g, a, "1");
    MessageRow m2 = post(g, a, "2");
    await(counters.moveRead(g.uid(), b.uid(), m2.seq(), m2.uid(), gentime()));
    await(counters.moveRead(g.uid(), c.uid(), m1.seq(), m1.uid(), gentime()));
    List<HistoryRepository.ReadMark> top = await(history.topReaders(g.uid()));
    assertEquals(List.of(b.uid(), c.uid()), top.stream().map(HistoryRepository.ReadMark::contact).toList());
    assertEquals(m2.seq(), top.get(0).seq());
  }
}
