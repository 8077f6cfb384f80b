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
 * of chats: the team's message update age, the contacts involved (direct peers and the viewers), the current members
 * of the groups and the last and pinned messages.
 *
 * @param members current members per group chat, admins first
 */
record ViewData(int updateAge, Map<UUID, ContactRow> contacts, Map<UUID, List<MemberRow>> members,
    Map<UUID, MessageRow> messages) {

  /**
   * Loads for {@code chats} of {@code team}; {@code viewers} are contacts whose rows the caller needs too (the
   * recipients of an event, to know their team status).
   */
  static Future<ViewData> load(SqlClient client, UUID team, Collection<ChatRow> chats, Collection<UUID> viewers) {
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
    Future<Map<UUID, List<MemberRow>>> members = new MemberRepository(client).activeOf(groups).map(ViewData::byChat);
    Future<Map<UUID, MessageRow>> messages = messageIds.isEmpty() ? Future.succeededFuture(Map.of())
        : new MessageRepository(client).findAll(messageIds).map(ViewData::byUid);
    return age.compose(a -> contacts.compose(c -> members.compose(m -> messages.map(g -> new ViewData(a, c, m, g)))));
  }

  ContactRow contact(UUID uid) {
    return contacts.get(uid);
  }

  List<MemberRow> membersOf(UUID chat) {
    return members.getOrDefault(chat, List.of());
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
