package org.tadaserver.chats.groups;

import io.vertx.core.Future;
import io.vertx.sqlclient.SqlClient;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.tadaserver.chats.tasks.TaskViewData;
import org.tadaserver.store.chat.ChatRow;
import org.tadaserver.store.chat.MemberRepository;
import org.tadaserver.store.chat.MemberRow;
import org.tadaserver.store.chat.MessageRepository;
import org.tadaserver.store.chat.MessageRow;
import org.tadaserver.store.team.ContactFilter;
import org.tadaserver.store.team.ContactRepository;
import org.tadaserver.store.team.ContactRow;
import org.tadaserver.store.team.TeamRepository;

/**
 * Everything rendering a set of chats needs beyond their rows, loaded in a fixed number of queries whatever the number
 * of chats: the team's message update age, the contacts involved (direct peers and the viewers), the number of
 * members of each group (and, for a single chat's view, the members themselves) and the last and pinned messages.
 *
 * @param memberCounts current members per group chat
 * @param members current members per group chat, admins first; null when not loaded (see {@link #load})
 * @param tasks the task fields of the task chats among them
 */
record ViewData(int updateAge, Map<UUID, ContactRow> contacts, Map<UUID, Integer> memberCounts,
    Map<UUID, List<MemberRow>> members, Map<UUID, MessageRow> messages, TaskViewData tasks) {

  /**
   * Loads for {@code chats} of {@code team}; {@code viewers} are contacts whose rows the caller needs too (the
   * recipients of an event, to know their team status). Member lists are loaded only {@code withMembers}: they go
   * into the answer about one chat, never into lists or events, which would grow with the square of a group's size.
   */
  static Future<ViewData> load(SqlClient client, UUID team, Collection<ChatRow> chats, Collection<UUID> viewers,
      boolean withMembers) {
    Set<UUID> contactIds = new HashSet<>(viewers);
    Set<UUID> messageIds = new HashSet<>();
    List<UUID> groups = chats.stream().filter(c -> !c.isDirect()).map(ChatRow::uid).distinct().toList();
    for (ChatRow c : chats) {
      if (c.isDirect()) {
        contactIds.add(c.directLow());
        contactIds.add(c.directHigh());
      }
      if (c.lastMessage() != null) {
        messageIds.add(c.lastMessage());
      }
      if (c.pinnedMessage() != null) {
        messageIds.add(c.pinnedMessage());
      }
    }
    Future<Integer> age = new TeamRepository(client).get(team).map(t -> t.settings().maxMessageUpdateAge());
    Future<Map<UUID, ContactRow>> contacts = contacts(client, team, contactIds);
    MemberRepository memberRows = new MemberRepository(client);
    Future<Map<UUID, Integer>> counts = memberRows.countActive(groups);
    Future<Map<UUID, List<MemberRow>>> members = withMembers ? memberRows.activeOf(groups).map(ViewData::byChat)
        : Future.succeededFuture(null);
    Future<Map<UUID, MessageRow>> messages = messageIds.isEmpty() ? Future.succeededFuture(Map.of())
        : new MessageRepository(client).findAll(messageIds).map(ViewData::byUid);
    Future<TaskViewData> tasks = TaskViewData.load(client, team, chats);
    return age.compose(a -> contacts.compose(c -> counts.compose(n -> members.compose(m -> messages
        .compose(g -> tasks.map(t -> new ViewData(a, c, n, m, g, t)))))));
  }

  ContactRow contact(UUID uid) {
    return contacts.get(uid);
  }

  /** The members of a group, or null when they were not loaded. */
  List<MemberRow> membersOf(UUID chat) {
    return members == null ? null : members.getOrDefault(chat, List.of());
  }

  int memberCount(UUID chat) {
    return memberCounts.getOrDefault(chat, 0);
  }

  private static Future<Map<UUID, ContactRow>> contacts(SqlClient client, UUID team, Set<UUID> ids) {
    if (ids.isEmpty()) {
      return Future.succeededFuture(Map.of());
    }
    return new ContactRepository(client).list(team, ContactFilter.ALL.withUids(List.copyOf(ids)))
        .map(page -> {
          Map<UUID, ContactRow> out = new HashMap<>();
          page.items().forEach(c -> out.put(c.uid(), c));
          return out;
        });
  }

  private static Map<UUID, List<MemberRow>> byChat(List<MemberRow> rows) {
    Map<UUID, List<MemberRow>> out = new LinkedHashMap<>();
    rows.forEach(r -> out.computeIfAbsent(r.chatUid(), k -> new java.util.ArrayList<>()).add(r));
    return out;
  }

  private static Map<UUID, MessageRow> byUid(List<MessageRow> rows) {
    Map<UUID, MessageRow> out = new HashMap<>();
    rows.forEach(r -> out.put(r.uid(), r));
    return out;
  }
}
