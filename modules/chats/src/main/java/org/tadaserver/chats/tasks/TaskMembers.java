package org.tadaserver.chats.tasks;

import io.vertx.core.Future;
import io.vertx.sqlclient.SqlClient;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.tadaserver.chats.groups.Joins;
import org.tadaserver.protocol.enums.GroupStatus;
import org.tadaserver.store.chat.ChatRow;
import org.tadaserver.store.chat.MemberRepository;
import org.tadaserver.store.chat.MemberRow;
import org.tadaserver.store.task.TaskRow;

/**
 * Keeps a task chat's members equal to its people (owner, assignee, observers), inside the writing transaction. The
 * owner is the chat's admin; the others are members. Someone who stops being one of the people leaves the chat (the
 * row stays, for delta sync).
 */
final class TaskMembers {
  private TaskMembers() {}

  /** Makes the owner admin and the other people members of a new task. */
  static Future<Void> start(SqlClient tx, ChatRow chat, TaskRow task, long gentime) {
    Map<UUID, GroupStatus> people = new LinkedHashMap<>();
    task.people().forEach(p -> people.put(p, p.equals(task.owner()) ? GroupStatus.ADMIN : GroupStatus.MEMBER));
    return Joins.add(tx, chat, people, gentime).mapEmpty();
  }

  /** Adds the task's new people and removes those no longer in it; answers the removed contacts. */
  static Future<List<UUID>> sync(SqlClient tx, ChatRow chat, TaskRow task, long gentime) {
    MemberRepository members = new MemberRepository(tx);
    return members.active(chat.uid()).compose(active -> {
      List<UUID> current = active.stream().map(MemberRow::contactUid).toList();
      Map<UUID, GroupStatus> joining = new LinkedHashMap<>();
      task.people().stream().filter(p -> !current.contains(p)).forEach(p -> joining.put(p, GroupStatus.MEMBER));
      List<UUID> leaving = new ArrayList<>(current);
      leaving.removeAll(task.people());
      Future<Void> chain = Joins.add(tx, chat, joining, gentime).mapEmpty();
      for (UUID gone : leaving) {
        chain = chain.compose(v -> members.leave(chat.uid(), gone, gentime).mapEmpty());
      }
      return chain.map(leaving);
    });
  }
}
