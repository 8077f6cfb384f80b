package org.tadaserver.gateway.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.MultiMap;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tadaserver.bus.ServiceException;
import org.tadaserver.chats.ChatFilter;
import org.tadaserver.chats.MessageFilter;
import org.tadaserver.protocol.ApiError;

/** The ChatFilter and MessageFilter queries: defaults, every key, and every kind of bad value. */
class ChatQueriesTest {
  private static final String ID = "5b3c1d2e-4f5a-4b6c-8d7e-9f0a1b2c3d4e";

  private static Queries query(String... pairs) {
    MultiMap map = MultiMap.caseInsensitiveMultiMap();
    for (int i = 0; i < pairs.length; i += 2) {
      map.add(pairs[i], pairs[i + 1]);
    }
    return new Queries(map);
  }

  /** Verifies tdclient's zeros and an empty query: every chat type, visible chats only, no version, no paging. */
  @Test
  void chatFilterDefaults() {
    ChatFilter f = ChatQuery.filter(query("limit", "0", "offset", "0", "gentime_gt", "0"));
    assertEquals(List.of(), f.chatTypes());
    assertEquals(Boolean.FALSE, f.hidden());
    assertEquals(0, f.gentimeGt());
    assertEquals(0, f.limit());
    assertEquals(0, f.offset());
    assertNull(f.sort());
  }

  /** Verifies every key of the chat filter. */
  @Test
  void chatFilterKeys() {
    ChatFilter f = ChatQuery.filter(query("chat_type", "group,Direct", "gentime_gt", "1601393533939084058",
        "hidden", "any", "unread_only", "true", "unread_first", "1", "sort", "-last_message", "q", "ops",
        "limit", "5", "offset", "10", "feed", "true", "lang", "ru"));
    assertEquals(List.of("group", "direct"), f.chatTypes());
    assertEquals(1601393533939084058L, f.gentimeGt());
    assertNull(f.hidden(), "any = both");
    assertTrue(f.unreadOnly());
    assertTrue(f.unreadFirst());
    assertEquals("-last_message", f.sort());
    assertEquals("ops", f.q());
    assertEquals(List.of(5, 10), List.of(f.limit(), f.offset()));
    assertEquals(List.of(), ChatQuery.filter(query("chat_type", "task,any")).chatTypes(), "any = every type");
    assertEquals(Boolean.TRUE, ChatQuery.filter(query("hidden", "true")).hidden());
  }

  /** Verifies that every bad chat filter key is named in one 422. */
  @Test
  void chatFilterRefusals() {
    ServiceException e = assertThrows(ServiceException.class, () -> ChatQuery.filter(query("chat_type", "meeting",
        "gentime_gt", "-1", "hidden", "maybe", "sort", "name", "limit", "x")));
    assertEquals(ApiError.INVALID_DATA, e.error());
    assertEquals(Set.of("chat_type", "gentime_gt", "hidden", "sort", "limit"), e.details().keySet());
    assertThrows(ServiceException.class, () -> ChatQuery.filter(query("gentime_gt", "99999999999999999999")));
    assertThrows(ServiceException.class, () -> ChatQuery.filter(query("gentime_gt", "1.5e18")));
  }

  /** Verifies the message filter defaults: newest first, live messages, no cursor. */
  @Test
  void messageFilterDefaults() {
    MessageFilter f = MessageQuery.filter(query("limit", "0", "offset", "0", "gentime_from", "0"));
    assertEquals(MessageFilter.NEWEST, f);
  }

  /** Verifies every key of the message filter, and that the _inc cursors are the inclusive forms. */
  @Test
  void messageFilterKeys() {
    MessageFilter f = MessageQuery.filter(query("limit", "20", "old_from", ID, "gentime_from", "42", "text", "a b",
        "important", "true", "sender", "d-1,d-2", "date_from", "2024-01-02T03:04:05.123456Z",
        "date_to", "2024-02-02T00:00:00Z", "include_deleted", "true", "around", ID, "exact", ID, "type", "image"));
    assertEquals(20, f.limit());
    assertEquals(ID, f.oldFrom());
    assertFalse(f.oldFromInclusive());
    assertEquals(42, f.gentimeFrom());
    assertEquals("a b", f.text());
    assertTrue(f.important());
    assertEquals(List.of("d-1", "d-2"), f.senders());
    assertEquals(Instant.parse("2024-01-02T03:04:05.123456Z"), f.dateFrom());
    assertEquals(Instant.parse("2024-02-02T00:00:00Z"), f.dateTo());
    assertTrue(f.includeDeleted());
    assertEquals(List.of(ID, ID), List.of(f.around(), f.exact()));
    MessageFilter inclusive = MessageQuery.filter(query("old_from_inc", ID, "new_from_inc", ID));
    assertTrue(inclusive.oldFromInclusive() && inclusive.newFromInclusive());
    assertEquals(List.of(ID, ID), List.of(inclusive.oldFrom(), inclusive.newFrom()));
  }

  /** Verifies that bad message filter keys (and offset paging, which would repeat a page forever) are a 422. */
  @Test
  void messageFilterRefusals() {
    ServiceException e = assertThrows(ServiceException.class, () -> MessageQuery.filter(query("limit", "-3",
        "offset", "200", "gentime_from", "abc", "important", "perhaps", "date_from", "yesterday",
        "date_to", "2024-13-01T00:00:00Z", "include_deleted", "2")));
    assertEquals(ApiError.INVALID_DATA, e.error());
    assertEquals(Set.of("limit", "offset", "gentime_from", "important", "date_from", "date_to", "include_deleted"),
        e.details().keySet());
  }
}
