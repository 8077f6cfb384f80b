package org.tadaserver.e2e.chats;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * A client's copy of a team's messages, kept by delta sync the way a reconnecting client catches up (architecture
 * note, "Catch-up"): {@code GET .../chats?gentime_gt=G} names the chats changed after the highest chat version seen,
 * then {@code GET .../messages/{jid}?gentime_from=g} pages each one from the highest message version seen in it. The
 * copy maps message id to the last gentime seen.
 */
final class ReaderCopy {
  private static final int PAGE = 200;
  private final Person reader;
  private final Map<String, Long> messages = new HashMap<>();
  private final Map<String, Long> chatVersions = new HashMap<>();
  private long chatsVersion;
  private int requests;

  ReaderCopy(Person reader) {
    this.reader = reader;
  }

  /** One round: every chat changed since the last round, and its changed messages. */
  void sync() {
    Set<String> changed = new LinkedHashSet<>();
    long newest = chatsVersion;
    for (int offset = 0; ; offset += 100) {
      JsonNode page = reader.get("/chats?limit=100&offset=" + offset + "&gentime_gt=" + chatsVersion).result();
      requests++;
      for (JsonNode chat : page.path("objects")) {
        changed.add(chat.path("jid").asText());
        newest = Math.max(newest, chat.path("gentime").asLong());
      }
      if (page.path("objects").size() < 100) {
        break;
      }
    }
    changed.forEach(this::syncChat);
    chatsVersion = newest;
  }

  private void syncChat(String jid) {
    long from = chatVersions.getOrDefault(jid, 1L);
    while (true) {
      JsonNode page = reader.get("/messages/" + jid + "?limit=" + PAGE + "&gentime_from=" + from).result()
          .path("messages");
      requests++;
      for (JsonNode m : page) {
        long gentime = m.path("gentime").asLong();
        messages.merge(m.path("message_id").asText(), gentime, Math::max);
        from = Math.max(from, gentime);
      }
      if (page.size() < PAGE) {
        break;
      }
    }
    chatVersions.put(jid, from);
  }

  Map<String, Long> messages() {
    return messages;
  }

  int requests() {
    return requests;
  }
}
