package org.tadaserver.e2e.chats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tadaserver.testkit.client.TadaSocket;

/**
 * The chat list and delta sync over REST on a real node (issue 3, point 5; reference §2.2 row 22, §3.2):
 * {@code {objects, count, limit, offset}} with {@code objects} empty past the end, the ChatFilter keys, personal
 * settings, and {@code gentime_gt} bringing every change after a version, left and deleted chats included.
 */
class ChatListE2ETest {
  static ChatFixture fx;

  @BeforeAll
  static void start() {
    fx = new ChatFixture();
  }

  @AfterAll
  static void stop() {
    fx.close();
  }

  static List<String> jids(JsonNode page) {
    List<String> out = new ArrayList<>();
    page.path("objects").forEach(c -> out.add(c.path("jid").asText()));
    return out;
  }

  /** Verifies paging like tdclient (limit, offset += limit until objects is empty) and the list filters. */
  @Test
  void pagingAndFilters() {
    UUID team = fx.team();
    Person anna = fx.person(team);
    Person boris = fx.person(team);
    Person clara = fx.person(team);
    String alpha = Steps.group(anna, "alpha team", boris);
    String beta = Steps.group(anna, "Beta", clara);
    String gamma = Steps.group(anna, "gamma team");
    try (TadaSocket a = anna.ws()) {
      Steps.send(a, boris.jid(), "hi boris");
      Steps.send(a, clara.jid(), "hi clara");
    }
    Set<String> seen = new HashSet<>();
    int pages = 0;
    for (int offset = 0; pages < 10; offset += 2, pages++) {
      JsonNode page = anna.get("/chats?limit=2&offset=" + offset + "&gentime_gt=0").result();
      assertEquals(5, page.path("count").asInt());
      assertTrue(page.path("objects").isArray(), "objects is always there");
      if (page.path("objects").isEmpty()) {
        break;
      }
      for (String jid : jids(page)) {
        assertTrue(seen.add(jid), "each chat once: " + jid);
      }
    }
    assertEquals(Set.of(alpha, beta, gamma, boris.jid(), clara.jid()), seen);
    assertEquals(3, pages, "two full pages, a half one, then the empty one");
    assertEquals(Set.of(boris.jid(), clara.jid()), Set.copyOf(jids(anna.get("/chats?chat_type=direct").result())));
    assertEquals(5, anna.get("/chats?chat_type=group,direct").result().path("count").asInt());
    assertEquals(Set.of(alpha, gamma), Set.copyOf(jids(anna.get("/chats?q=TEAM").result())));
    assertEquals(List.of(alpha, beta, gamma), jids(anna.get("/chats?chat_type=group&sort=group_chat_display_name")
        .result()));
    assertEquals(List.of(gamma, beta, alpha), jids(anna.get("/chats?chat_type=group&sort=-group_chat_display_name")
        .result()));
    assertEquals(List.of(anna.jid()), jids(boris.get("/chats?unread_only=true").result()), "Boris has one unread");
    assertEquals(422, anna.get("/chats?chat_type=meeting").status());
    assertEquals(422, anna.get("/chats?sort=random").status());
  }

  /** Verifies personal settings: hidden, pinned, notifications, counters; only the user's sessions hear of them. */
  @Test
  void personalSettings() {
    UUID team = fx.team();
    Person anna = fx.person(team);
    Person boris = fx.person(team);
    String group = Steps.group(anna, "Settings", boris);
    try (TadaSocket a = anna.ws(); TadaSocket b = boris.ws()) {
      JsonNode changed = anna.put("/chats/" + group, Map.of("hidden", true, "pinned", true,
          "notifications_enabled", false, "counters_enabled", false)).result();
      assertTrue(changed.path("hidden").asBoolean());
      assertTrue(changed.path("pinned").asBoolean());
      assertFalse(changed.path("notifications_enabled").asBoolean());
      assertFalse(changed.path("counters_enabled").asBoolean());
      assertTrue(Steps.aboutChat(a, "server.chat.updated", group).path("chats").get(0).path("hidden").asBoolean());
      b.expectNone("server.chat.updated", Steps.QUIET);
      assertFalse(boris.get("/chats/" + group).result().path("hidden").asBoolean(), "settings are personal");
      assertEquals(List.of(), jids(anna.get("/chats").result()), "hidden chats leave the default list");
      assertEquals(List.of(group), jids(anna.get("/chats?hidden=true").result()));
      assertEquals(List.of(group), jids(anna.get("/chats?hidden=any").result()));
      anna.put("/chats/" + group, Map.of("hidden", false)).result();
      assertEquals(List.of(group), jids(anna.get("/chats").result()));
      assertEquals(422, anna.put("/chats/" + group, Map.of("pinned", "yes")).status());
      assertEquals(403, boris.put("/chats/" + group, Map.of("display_name", "Boris's")).status(),
          "shared fields need the right to change them");
    }
  }

  /** Verifies delta sync: exactly the chats changed after a version, a left and a deleted one in their gone form. */
  @Test
  void deltaSync() {
    UUID team = fx.team();
    Person anna = fx.person(team);
    Person boris = fx.person(team);
    String quiet = Steps.group(anna, "Quiet", boris);
    String talk = Steps.group(anna, "Talk", boris);
    String renamed = Steps.group(anna, "Old name", boris);
    String left = Steps.group(anna, "Left", boris);
    String deleted = Steps.group(anna, "Deleted", boris);
    long version = maxGentime(boris.get("/chats?gentime_gt=0").result());
    assertEquals(List.of(), jids(boris.get("/chats?gentime_gt=" + version).result()), "nothing after the newest");
    try (TadaSocket a = anna.ws()) {
      Steps.send(a, talk, "news");
    }
    anna.put("/groups/" + renamed, Map.of("display_name", "New name")).result();
    boris.delete("/groups/" + left + "/members/" + boris.jid()).result();
    anna.delete("/groups/" + deleted).result();
    JsonNode delta = boris.get("/chats?gentime_gt=" + version).result();
    assertEquals(Set.of(talk, renamed, left, deleted), Set.copyOf(jids(delta)), "exactly the changed chats");
    for (JsonNode chat : delta.path("objects")) {
      assertTrue(chat.path("gentime").asLong() > version);
      String jid = chat.path("jid").asText();
      boolean gone = jid.equals(left) || jid.equals(deleted);
      assertEquals(!gone, chat.has("can_send_message"), "gone chats come without rights: " + chat);
    }
    assertFalse(jids(delta).contains(quiet));
    long next = maxGentime(delta);
    assertEquals(0, boris.get("/chats?gentime_gt=" + next).result().path("objects").size());
    assertEquals(Set.of(quiet, talk, renamed), Set.copyOf(jids(boris.get("/chats").result())),
        "the plain list holds live chats only");
  }

  private static long maxGentime(JsonNode page) {
    long max = 0;
    for (JsonNode c : page.path("objects")) {
      max = Math.max(max, c.path("gentime").asLong());
    }
    return max;
  }
}
