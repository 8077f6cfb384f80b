package org.tadaserver.gateway.rest;

import io.vertx.core.Future;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import org.tadaserver.bus.ServiceException;
import org.tadaserver.chats.ItemChange;
import org.tadaserver.chats.TaskService;
import org.tadaserver.directory.Membership;
import org.tadaserver.protocol.model.Chat;
import org.tadaserver.protocol.rest.TaskRequest;
import org.tadaserver.reminds.RemindInputs;
import org.tadaserver.reminds.RemindRequest;
import org.tadaserver.reminds.RemindService;

/**
 * Tasks (reference §2.2 rows 14-15, §2.3 "Tasks"):
 * <ul>
 *   <li>{@code GET /api/v4/teams/{team}/tasks}: {@code PaginatedChats} of task chats, filtered by the TaskFilter query
 *       ({@link TaskQueries}); {@code POST}: create from {@code tdapi.Task} (the caller becomes owner);</li>
 *   <li>{@code GET}, {@code POST} and {@code PUT} (change the fields present; close with {@code task_status:"done"})
 *       and {@code DELETE} (archive) {@code .../tasks/{t}}, where {@code {t}} is {@code t-<uuid>} or the bare uuid;
 *       each answers the task as a Chat;</li>
 *   <li>[PROPOSED] {@code POST .../tasks/{t}/items {text, checked?, sort_ordering?}},
 *       {@code PUT}/{@code DELETE .../tasks/{t}/items/{uid}}: checklist items, answered as {@code TaskItem};</li>
 *   <li>[PROPOSED] {@code GET .../task-tabs} ({@code [TaskTab]} with the caller's unread tasks) and
 *       {@code GET .../task-statuses} (the team's custom {@code [TaskStatus]}).</li>
 * </ul>
 * Bodies are JSON whatever their Content-Type; a malformed body or a wrong type is {@code 422} naming the key. The task
 * service holds every rule. A {@code remind_at} in a create or change is checked first and, once the task is written,
 * becomes the caller's remind on the task chat (reference §2.3), through the remind service.
 */
final class TaskRoutes {
  private static final String TEAM = "/api/v4/teams/:team";
  private static final String LIST = TEAM + "/tasks";
  private static final String ONE = LIST + "/:task";
  private static final String ITEMS = ONE + "/items";
  private final Actors actors;
  private final TaskService tasks;
  private final RemindService reminds;

  /** @param reminds the remind service for {@code remind_at}; null refuses a task body that carries one */
  TaskRoutes(Actors actors, TaskService tasks, RemindService reminds) {
    this.actors = actors;
    this.tasks = tasks;
    this.reminds = reminds;
  }

  void mount(Router router) {
    router.get(LIST).handler(Rest.route(ctx -> actors.of(ctx).compose(actor ->
        tasks.tasks(actor, TaskQueries.filter(new Queries(ctx.queryParams()))))));
    router.post(LIST).handler(Rest.route(ctx -> actors.of(ctx).compose(actor -> {
      TaskRequest body = remindChecked(Bodies.parse(ctx, TaskRequest.class));
      return tasks.createTask(actor, body).compose(task -> withRemind(actor, task, body));
    })));
    router.get(ONE).handler(Rest.route(ctx -> actors.of(ctx).compose(actor -> tasks.task(actor, task(ctx)))));
    router.post(ONE).handler(Rest.route(ctx -> actors.of(ctx).compose(actor -> update(ctx, actor))));
    router.put(ONE).handler(Rest.route(ctx -> actors.of(ctx).compose(actor -> update(ctx, actor))));
    router.delete(ONE).handler(Rest.route(ctx -> actors.of(ctx).compose(actor ->
        tasks.deleteTask(actor, task(ctx)))));
    router.post(ITEMS).handler(Rest.route(ctx -> actors.of(ctx).compose(actor ->
        tasks.addItem(actor, task(ctx), Bodies.parse(ctx, ItemChange.class)))));
    router.put(ITEMS + "/:item").handler(Rest.route(ctx -> actors.of(ctx).compose(actor ->
        tasks.updateItem(actor, task(ctx), ctx.pathParam("item"), Bodies.parse(ctx, ItemChange.class)))));
    router.delete(ITEMS + "/:item").handler(Rest.route(ctx -> actors.of(ctx).compose(actor ->
        tasks.deleteItem(actor, task(ctx), ctx.pathParam("item")))));
    router.get(TEAM + "/task-tabs").handler(Rest.route(ctx -> actors.of(ctx).compose(tasks::taskTabs)));
    router.get(TEAM + "/task-statuses").handler(Rest.route(ctx -> actors.of(ctx).compose(tasks::taskStatuses)));
  }

  private Future<Chat> update(RoutingContext ctx, Membership actor) {
    TaskRequest body = remindChecked(Bodies.parse(ctx, TaskRequest.class));
    return tasks.updateTask(actor, task(ctx), body).compose(task -> withRemind(actor, task, body));
  }

  private TaskRequest remindChecked(TaskRequest body) {
    if (hasRemind(body)) {
      if (reminds == null) {
        throw ServiceException.invalid("remind_at", "reminds are not served here");
      }
      RemindInputs.checkRemindAt(body.remindAt());
    }
    return body;
  }

  private Future<Chat> withRemind(Membership actor, Chat task, TaskRequest body) {
    if (!hasRemind(body)) {
      return Future.succeededFuture(task);
    }
    return reminds.createRemind(actor, new RemindRequest(task.jid().toString(), body.remindAt(), null)).map(task);
  }

  private static boolean hasRemind(TaskRequest body) {
    return body.remindAt() != null && !body.remindAt().isEmpty();
  }

  private static String task(RoutingContext ctx) {
    return ctx.pathParam("task");
  }
}
