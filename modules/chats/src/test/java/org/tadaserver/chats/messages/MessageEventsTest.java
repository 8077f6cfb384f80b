package org.tadaserver.chats.messages;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.tadaserver.bus.Delivery;
import org.tadaserver.protocol.Wire;
import org.tadaserver.protocol.event.Events;
import org.tadaserver.protocol.event.ServerMessageUpdated;
import org.tadaserver.protocol.model.TeamUnread;
import org.tadaserver.store.chat.MemberRow;
import org.tadaserver.store.chat.MessageRow;

/** The shared-render event builder makes exactly what the protocol records serialise to. */
class MessageEventsTest {

  private static MemberRow member(UUID chat, UUID contact, int unread) {
    return new MemberRow(chat, contact, UUID.randomUUID(), UUID.randomUUID(), "member", true, 0, null, unread, 0,
        false, false, 0, true, true, false, "", 0, 42L);
  }

  /** Verifies the events for a group message equal Events.toJson of the records, per member. */
  @Test
  void sameBytesAsTheRecords() {
    UUID team = UUID.randomUUID();
    UUID chat = UUID.randomUUID();
    UUID author = UUID.randomUUID();
    UUID mentioned = UUID.randomUUID();
    UUID other = UUID.randomUUID();
    MessageRow row = new MessageRow(UUID.randomUUID(), chat, team, author, 1,
        new JsonObject().put("type", "plain").put("text", "hi @x"), "hi @x", new JsonArray(), List.of(mentioned),
        null, List.of(), false, false, false, false, Instant.now().truncatedTo(ChronoUnit.MICROS), null, 7L, false,
        "group", null, null);
    List<MemberRow> members = List.of(member(chat, author, 0), member(chat, mentioned, 1), member(chat, other, 1));
    UserCounters counters = new UserCounters(UUID.randomUUID(), other, team, TeamUnread.EMPTY, 3,
        Map.of(team, TeamUnread.EMPTY));
    Written w = new Written(team, List.of(row), Map.of(row.uid(), new Position(0, null, true)),
        Map.of(chat, members), Map.of(other, counters), Map.of(), 86_400, List.of());
    List<Delivery> events = MessageEvents.created(w, Map.of());
    ViewContext ctx = ViewContext.of(86_400, w.positions());
    for (int i = 0; i < 3; i++) {
      MemberRow m = members.get(i);
      UserCounters c = w.counters().get(m.contactUid());
      String expected = Events.toJson(new ServerMessageUpdated(List.of(MessageViews.view(row, m.contactUid(), ctx)),
          i == 0, List.of(MessageEvents.counters(row, m)), c == null ? null : c.teamUnread(),
          c == null ? null : c.badge()));
      assertEquals(Wire.fromJson(expected, com.fasterxml.jackson.databind.JsonNode.class),
          Wire.fromJson(events.get(i).event(), com.fasterxml.jackson.databind.JsonNode.class));
      assertEquals(expected, events.get(i).event());
    }
  }
}
