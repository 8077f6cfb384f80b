package org.tadaserver.chats;

import io.vertx.core.Future;
import java.util.List;
import org.tadaserver.directory.Membership;
import org.tadaserver.protocol.model.Chat;
import org.tadaserver.protocol.model.TaskItem;
import org.tadaserver.protocol.model.TaskStatus;
import org.tadaserver.protocol.model.TaskTab;
import org.tadaserver.protocol.rest.TaskRequest;

/**
 * Tasks (reference §2.3 "Tasks", §3.5): task chats with a number, people, status, deadline and checklist. Served over
 * the event bus at {@link #ADDRESS} next to {@link ChatService} (a task is a chat: its messages, read state and
 * counters go through {@link ChatService} by its {@code t-} JID). Rules: {@code org.tadaserver.chats.tasks}.
 *
 * <p>Task JIDs may be given as {@code t-<uuid>} or as the bare uuid. Failures as in {@link ChatService}:
 * {@code NOT_FOUND} alike for a task that does not exist and one the actor may not see, {@code ACCESS_DENIED} for a
 * change the actor may not make, {@code INVALID_DATA} with field details for bad values. Every write is committed
 * before its future completes, and its events ({@code server.chat.updated} to the members, the change messages in
 * the task chat) are published after the commit.
 */
public interface TaskService {
  String ADDRESS = "tada.tasks";

  /** Creates a task; the actor becomes its owner. Answers the task chat as the actor sees it. */
  Future<Chat> createTask(Membership actor, TaskRequest request);

  Future<Chat> task(Membership actor, String taskJid);

  /** The tasks the actor sees (member of, or public for non-guests), filtered and paged. */
  Future<ChatPage> tasks(Membership actor, TaskQuery query);

  /** Changes the fields present in {@code request}; each change posts a {@code change} message in the task. */
  Future<Chat> updateTask(Membership actor, String taskJid, TaskRequest request);

  /** Archives a task (its owner or a team admin); the members get {@code server.chat.deleted}. */
  Future<Chat> deleteTask(Membership actor, String taskJid);

  Future<TaskItem> addItem(Membership actor, String taskJid, ItemChange item);

  /** Edits, checks/unchecks or moves an item; checking is also open to the assignee. */
  Future<TaskItem> updateItem(Membership actor, String taskJid, String itemUid, ItemChange change);

  /** Removes an item; answers it as it was. */
  Future<TaskItem> deleteItem(Membership actor, String taskJid, String itemUid);

  /** The task board's tabs with the actor's unread tasks per tab. */
  Future<List<TaskTab>> taskTabs(Membership actor);

  /** The team's custom task statuses (besides {@code new} and {@code done}). */
  Future<List<TaskStatus>> taskStatuses(Membership actor);
}
