package org.tadaserver.chats.tasks;

import static org.tadaserver.bus.testing.Await.await;
import java.util.List;
import java.util.UUID;
import org.tadaserver.chats.ChatsWorld;
import org.tadaserver.chats.SendMessage;
import org.tadaserver.chats.groups.ChatOps;
import org.tadaserver.chats.messages.Fanout;
import org.tadaserver.chats.messages.MessageOps;
import org.tadaserver.directory.Membership;
import org.tadaserver.protocol.Limits;
import org.tadaserver.protocol.Wire;
import org.tadaserver.protocol.model.Chat;
import org.tadaserver.protocol.model.Message;
import org.tadaserver.protocol.model.MessageContent;
import org.tadaserver.protocol.rest.TaskRequest;
import org.tadaserver.store.task.TaskStatusRepository;
import org.tadaserver.store.task.TaskStatusRow;
import org.tadaserver.store.team.TeamSettings;
import org.tadaserver.store.team.TeamUpdate;

/**
 * Task and chat operations on the shared embedded database, for one test class: {@link TaskOps}, {@link ChatOps},
 * every delivery published, the blocking helpers of {@link ChatsWorld}, and helpers to make tasks (tests run on the
 * JUnit thread).
 */
final class TasksFixture extends ChatsWorld {
  final ChatOps ops;
  final TaskOps tasks;
  /** The other half of the chat service, to write messages the chat views and counters show. */
  final MessageOps messages;

  TasksFixture() {
    ops = new ChatOps(vertx, db.database().pool(), Limits.DEFAULTS);
    tasks = new TaskOps(vertx, db.database().pool(), Limits.DEFAULTS);
    messages = new MessageOps(db.database().pool(), Limits.DEFAULTS, new Fanout(vertx), ops::get);
  }

  /** A task body with only a description. */
  static TaskRequest described(String description) {
    return body("{\"description\":" + Wire.toJson(description) + "}");
  }

  /** A task body from JSON, as the gateway would read it. */
  static TaskRequest body(String json) {
    return Wire.fromJson(json, TaskRequest.class);
  }

  /** Creates a task as {@code owner} from a JSON body. */
  Chat task(Membership owner, String json) {
    return await(tasks.createTask(owner, body(json)));
  }

  /** A JSON body assigning to {@code assignee}. */
  static String assigned(String description, Membership assignee) {
    return "{\"description\":\"" + description + "\",\"assignee\":\"d-" + assignee.contact() + "\"}";
  }

  /** Replaces the team's settings. */
  void settings(UUID team, TeamSettings settings) {
    await(repos.teams().update(team, TeamUpdate.NONE.withSettings(settings), gentime()));
  }

  /** Adds a custom task status to the team. */
  void status(UUID team, String name, String title) {
    await(new TaskStatusRepository(db.database().pool()).insert(
        new TaskStatusRow(UUID.randomUUID(), team, name, title, 0, false)));
  }

  /** Sends a plain text message as {@code from} to a chat JID as {@code from} names it. */
  Message send(Membership from, String to, String text) {
    return await(messages.send(from, new SendMessage(to, UUID.randomUUID().toString(), MessageContent.plain(text),
        null, List.of(), false, false, List.of())));
  }
}
