package org.tadaserver.gateway.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.MultiMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tadaserver.bus.ServiceException;
import org.tadaserver.directory.ContactFilter;
import org.tadaserver.protocol.ApiError;

class QueriesTest {
  private static final String JID_A = "d-bd500a50-3a38-44d1-a43c-fb1a48e1a79e";
  private static final String JID_B = "d-0e8a4f43-3f7d-4f0a-9a87-4d2a1d6c5b11";

  private static MultiMap query(String... pairs) {
    MultiMap map = MultiMap.caseInsensitiveMultiMap();
    for (int i = 0; i < pairs.length; i += 2) {
      map.add(pairs[i], pairs[i + 1]);
    }
    return map;
  }

  /** Verifies that integer zeros (which gorilla/schema always sends) mean "not set", like absence. */
  @Test
  void zeroIsNotSet() {
    Queries q = new Queries(query("limit", "0", "offset", "0"));
    assertEquals(0, q.count("limit"));
    assertEquals(0, q.count("offset"));
    assertEquals(0, q.count("missing"));
    q.check();
  }

  /** Verifies that comma lists and repeated parameters are merged, trimmed, and empty items dropped. */
  @Test
  void commaListsAndRepeats() {
    Queries q = new Queries(query("status", "admin, owner,,", "status", "member"));
    assertEquals(List.of("admin", "owner", "member"), q.list("status"));
    assertEquals(List.of(), q.list("missing"));
  }

  /** Verifies the flag spellings of Go's ParseBool and "any". */
  @Test
  void flags() {
    Queries q = new Queries(query("a", "true", "b", "F", "c", "1", "d", "any", "e", ""));
    assertEquals(Boolean.TRUE, q.flag("a"));
    assertEquals(Boolean.FALSE, q.flag("b"));
    assertEquals(Boolean.TRUE, q.flag("c"));
    assertNull(q.flag("d"));
    assertNull(q.flag("e"));
    q.check();
  }

  /** Verifies that every bad parameter is reported at once, with 422 INVALID_DATA. */
  @Test
  void badValuesAreCollected() {
    Queries q = new Queries(query("limit", "-1", "offset", "ten", "is_bot", "maybe"));
    q.count("limit");
    q.count("offset");
    q.flag("is_bot");
    ServiceException e = assertThrows(ServiceException.class, q::check);
    assertEquals(ApiError.INVALID_DATA, e.error());
    assertEquals(Map.of("limit", "must be a non-negative integer", "offset", "must be a non-negative integer",
        "is_bot", "must be true, false or any"), e.details());
  }

  /** Verifies the mapping of a full ContactFilter query. */
  @Test
  void contactFilter() {
    ContactFilter filter = ContactQuery.filter(new Queries(query(
        "status", "Admin,owner", "id", JID_A + "," + JID_B.toUpperCase().replace("D-", "d-"), "display_name", "ali",
        "is_archived", "true", "is_bot", "false", "without_me", "true", "limit", "100", "offset", "0")));
    assertEquals(List.of("admin", "owner"), filter.statuses());
    assertEquals(List.of(JID_A, JID_B), filter.jids());
    assertEquals("ali", filter.displayName());
    assertEquals(Boolean.TRUE, filter.archived());
    assertEquals(Boolean.FALSE, filter.bots());
    assertTrue(filter.withoutMe());
    assertEquals(100, filter.limit());
    assertEquals(0, filter.offset());
  }

  /** Verifies that an empty query is the match-everything filter. */
  @Test
  void emptyContactFilterIsAll() {
    ContactFilter filter = ContactQuery.filter(new Queries(query()));
    assertEquals(ContactFilter.ALL, filter);
    assertFalse(filter.withoutMe());
  }

  /** Verifies that unknown statuses and non-contact JIDs are 422 rather than a filter that matches nothing. */
  @Test
  void badContactFilter() {
    ServiceException e = assertThrows(ServiceException.class, () -> ContactQuery.filter(new Queries(query(
        "status", "admin,king", "id", "g-bd500a50-3a38-44d1-a43c-fb1a48e1a79e", "limit", "x"))));
    assertEquals(ApiError.INVALID_DATA, e.error());
    assertEquals(Map.of("status", "unknown status: king",
        "id", "not a contact JID: g-bd500a50-3a38-44d1-a43c-fb1a48e1a79e",
        "limit", "must be a non-negative integer"), e.details());
  }
}
