package org.tadaserver.chats.tasks;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.sqlclient.Pool;
import java.util.List;
import org.tadaserver.chats.ChatPage;
import org.tadaserver.chats.ItemChange;
import org.tadaserver.chats.TaskQuery;
import org.tadaserver.chats.TaskService;
import org.tadaserver.chats.groups.TeamWrites;
import org.tadaserver.chats.messages.Fanout;
import org.tadaserver.directory.Membership;
import org.tadaserver.protocol.Limits;
import org.tadaserver.protocol.model.Chat;
import org.tadaserver.protocol.model.TaskItem;
import org.tadaserver.protocol.model.TaskStatus;
import org.tadaserver.protocol.model.TaskTab;
import org.tadaserver.protocol.rest.TaskRequest;

/** The task service: routes each operation to the reads, the task writes or the item writes. */
public final class TaskOps implements TaskService {
  private final TaskReads reads;
  private final TaskWrites tasks;
  private final ItemWrites items;

  /** @param limits enforced on descriptions, titles, tags and item texts */
  public TaskOps(Vertx vertx, Pool pool, Limits limits) {
    TeamWrites writes = new TeamWrites(pool, new Fanout(vertx));
    TaskRequests requests = new TaskRequests(limits);
    this.reads = new TaskReads(pool);
    this.tasks = new TaskWrites(writes, requests);
    this.items = new ItemWrites(writes, requests);
  }

  @Override
  public Future<Chat> createTask(Membership actor, TaskRequest request) {
    return tasks.create(actor, request);
  }

  @Override
  public Future<Chat> task(Membership actor, String taskJid) {
    return reads.get(actor, taskJid);
  }

  @Override
  public Future<ChatPage> tasks(Membership actor, TaskQuery query) {
    return reads.list(actor, query == null ? TaskQuery.ALL : query);
  }

  @Override
  public Future<Chat> updateTask(Membership actor, String taskJid, TaskRequest request) {
    return tasks.update(actor, taskJid, request);
  }

  @Override
  public Future<Chat> deleteTask(Membership actor, String taskJid) {
    return tasks.delete(actor, taskJid);
  }

  @Override
  public Future<TaskItem> addItem(Membership actor, String taskJid, ItemChange item) {
    return items.add(actor, taskJid, item);
  }

  @Override
  public Future<TaskItem> updateItem(Membership actor, String taskJid, String itemUid, ItemChange change) {
    return items.update(actor, taskJid, itemUid, change);
  }

  @Override
  public Future<TaskItem> deleteItem(Membership actor, String taskJid, String itemUid) {
    return items.delete(actor, taskJid, itemUid);
  }

  @Override
  public Future<List<TaskTab>> taskTabs(Membership actor) {
    return reads.tabs(actor);
  }

  @Override
  public Future<List<TaskStatus>> taskStatuses(Membership actor) {
    return reads.statuses(actor);
  }
}
