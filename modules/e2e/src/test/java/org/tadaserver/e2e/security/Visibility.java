package org.tadaserver.e2e.security;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tadaserver.store.chat.Notebot;

/**
 * Who may hear of what: every team, contact, chat, message and other object the world made, with the kinds of caller
 * allowed to see it. {@link #violations} reads every id an event mentions (as a value or inside a text) and reports
 * each one the session's caller may not see. A chat or contact JID nobody registered is reported too, so that nothing
 * escapes the accounting; a bare uuid nobody registered (a gentime, a new message's id) is not, since the chat it
 * belongs to is mentioned next to it.
 */
final class Visibility {
  static final Set<Kind> TEAM_KINDS =
      EnumSet.of(Kind.OUTSIDER, Kind.MEMBER, Kind.CHAT_ADMIN, Kind.TEAM_ADMIN, Kind.OWNER);
  static final Set<Kind> CHAT_KINDS = EnumSet.of(Kind.MEMBER, Kind.CHAT_ADMIN);
  private static final Pattern ID =
      Pattern.compile("(?:([dgt])-)?([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})");
  /** Events that only echo what the session itself sent (their texts are compared with unknown twins instead). */
  private static final Set<String> ECHOES = Set.of("server.warning", "server.confirm");
  private final Map<String, Set<Kind>> who = new ConcurrentHashMap<>();

  /** Lets {@code kinds} see {@code id} (a team uuid, a JID, a message id...), besides whoever already may. */
  void allow(String id, Set<Kind> kinds) {
    who.merge(id.toLowerCase(Locale.ROOT), EnumSet.copyOf(kinds), (a, b) -> {
      Set<Kind> both = EnumSet.copyOf(a);
      both.addAll(b);
      return both;
    });
  }

  /** Lets {@code kinds} see the team {@code uid} and its notebot (a contact every member's client is shown). */
  void allowTeam(String uid, Set<Kind> kinds) {
    allow(uid, kinds);
    allow("d-" + Notebot.uid(UUID.fromString(uid)), kinds);
  }

  /** Registers an object of the world under who may see it by its kind; returns {@code id}. */
  String register(String id, Ref ref) {
    switch (ref) {
      case GROUP, TASK, GROUP_MSG, DIRECT_MSG, ITEM -> allow(id, CHAT_KINDS);
      case REMIND -> allow(id, EnumSet.of(Kind.MEMBER));
      case SECTION, TAG, ARCHIVABLE -> allow(id, TEAM_KINDS);
      default -> throw new IllegalArgumentException(ref + " is not an object");
    }
    return id;
  }

  /** One line per id in {@code events} that {@code kind} may not see. */
  List<String> violations(Kind kind, List<JsonNode> events) {
    List<String> found = new ArrayList<>();
    for (JsonNode event : events) {
      if (!ECHOES.contains(event.path("event").asText())) {
        scan(kind, event, event, found);
      }
    }
    return found;
  }

  private void scan(Kind kind, JsonNode node, JsonNode event, List<String> found) {
    if (node.isTextual()) {
      check(kind, node.asText().toLowerCase(Locale.ROOT), event, found);
    }
    for (Iterator<JsonNode> it = node.elements(); it.hasNext(); ) {
      scan(kind, it.next(), event, found);
    }
  }

  private void check(Kind kind, String text, JsonNode event, List<String> found) {
    Matcher m = ID.matcher(text);
    while (m.find()) {
      String id = m.group();
      Set<Kind> allowed = who.get(id);
      if (allowed == null && m.group(1) != null) {
        found.add(kind + " got unaccounted " + id + " in " + event);
      } else if (allowed != null && !allowed.contains(kind)) {
        found.add(kind + " got " + id + " (for " + allowed + ") in " + event);
      }
    }
  }
}
