package org.tadaserver.store.task;

import static org.tadaserver.store.sql.SqlErrors.mapped;

import io.vertx.core.Future;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.tadaserver.store.Page;
import org.tadaserver.store.chat.ChatColumns;
import org.tadaserver.store.chat.ChatRow;
import org.tadaserver.store.sql.Rows;

/**
 * Task chats: the chat row of a task ({@code chats}, type {@code task}) and its task fields ({@code tasks}). Writers
 * hold the team clock ({@code TeamClock}) of their transaction and pass its value; that lock also serialises task
 * numbering per team.
 */
public final class TaskRepository {
  private static final String SELECT = "SELECT " + TaskColumns.TASK + " FROM tasks t ";
  private static final String NEXT_NUM = """
      INSERT INTO task_numbers AS n (team_uid, last_num) VALUES ($1, 1)
      ON CONFLICT (team_uid) DO UPDATE SET last_num = n.last_num + 1
      RETURNING n.last_num""";
  private static final String INSERT_CHAT = """
      INSERT INTO chats AS c (uid, team_uid, chat_type, title, description, is_public, section_uid, creator,
        base_gentime)
      VALUES ($1, $2, 'task', $3, $4, $5, $6, $7, $8)
      RETURNING\s""" + ChatColumns.CHAT;
  private static final String UPDATE_CHAT = """
      UPDATE chats c SET title = $2, description = $3, is_public = $4, section_uid = $5,
        base_gentime = GREATEST($6, c.base_gentime + 1)
      WHERE c.uid = $1 AND c.chat_type = 'task'
      RETURNING\s""" + ChatColumns.CHAT;
  private static final String COLUMNS = "chat_uid, team_uid, num, owner, assignee, observers, task_status, done, "
      + "done_reason, deadline, tags, importance, urgency, complexity, spent_time, color_index, links";
  private static final String INSERT = "INSERT INTO tasks (" + COLUMNS + ") VALUES "
      + "($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17)";
  private static final String SAVE = """
      UPDATE tasks SET owner = $4, assignee = $5, observers = $6, task_status = $7, done = $8, done_reason = $9,
        deadline = $10, tags = $11, importance = $12, urgency = $13, complexity = $14, spent_time = $15,
        color_index = $16, links = $17
      WHERE chat_uid = $1 AND team_uid = $2 AND num = $3""";
  private static final String FIND = SELECT + "WHERE t.chat_uid = $1";
  private static final String FIND_ALL = SELECT + "WHERE t.chat_uid = ANY($1::uuid[])";
  private static final String BY_NUM = SELECT + "WHERE t.team_uid = $1 AND t.num = $2";
  private static final String SUMMARIES = "SELECT " + ChatColumns.CHAT + ", " + TaskColumns.TASK
      + " FROM chats c JOIN tasks t ON t.chat_uid = c.uid WHERE c.uid = ANY($1::uuid[])";

  private final SqlClient client;

  public TaskRepository(SqlClient client) {
    this.client = client;
  }

  /**
   * The team's next task number. Call it inside the creating transaction: the row lock queues concurrent creators and
   * a rollback returns the number, so a team's numbers run 1, 2, 3... without gaps or repeats.
   */
  public Future<Integer> nextNum(UUID team) {
    return mapped(client.preparedQuery(NEXT_NUM).execute(Tuple.of(team)))
        .compose(rows -> Rows.one(rows, r -> r.getInteger("last_num"), "team " + team));
  }

  /** Inserts the chat row of a new task and its task fields; returns the chat row. */
  public Future<ChatRow> insert(TaskChat chat, TaskRow task, long gentime) {
    Tuple params = Tuple.of(task.chatUid(), task.teamUid(), chat.title(), chat.description(), chat.isPublic(),
        chat.sectionUid(), task.owner(), gentime);
    return mapped(client.preparedQuery(INSERT_CHAT).execute(params))
        .compose(rows -> Rows.one(rows, ChatColumns::chat, "task"))
        .compose(row -> mapped(client.preparedQuery(INSERT).execute(values(task))).map(row));
  }

  /** Writes the chat fields of a task and moves its {@code base_gentime}; NotFound for a chat that is no task. */
  public Future<ChatRow> saveChat(UUID uid, TaskChat chat, long gentime) {
    Tuple params = Tuple.of(uid, chat.title(), chat.description(), chat.isPublic(), chat.sectionUid(), gentime);
    return mapped(client.preparedQuery(UPDATE_CHAT).execute(params))
        .compose(rows -> Rows.one(rows, ChatColumns::chat, "task " + uid));
  }

  /** Writes every task field of {@code task} (its number and team never change); NotFound when there is no row. */
  public Future<TaskRow> save(TaskRow task) {
    return mapped(client.preparedQuery(SAVE).execute(values(task)))
        .compose(rows -> Rows.touched(rows, "task " + task.chatUid())).map(task);
  }

  public Future<Optional<TaskRow>> find(UUID chat) {
    return mapped(client.preparedQuery(FIND).execute(Tuple.of(chat))).map(rows -> Rows.first(rows, TaskColumns::task));
  }

  /** The task rows of these chats, by chat uid (chats that are no tasks are absent). */
  public Future<Map<UUID, TaskRow>> findAll(List<UUID> chats) {
    if (chats.isEmpty()) {
      return Future.succeededFuture(Map.of());
    }
    return mapped(client.preparedQuery(FIND_ALL).execute(Tuple.of(chats.toArray(UUID[]::new)))).map(rows -> {
      Map<UUID, TaskRow> out = new HashMap<>();
      rows.forEach(r -> {
        TaskRow t = TaskColumns.task(r);
        out.put(t.chatUid(), t);
      });
      return out;
    });
  }

  /** The task of {@code team} numbered {@code num}, archived or not. */
  public Future<Optional<TaskRow>> byNum(UUID team, int num) {
    return mapped(client.preparedQuery(BY_NUM).execute(Tuple.of(team, num)))
        .map(rows -> Rows.first(rows, TaskColumns::task));
  }

  /** The chat and task rows of these tasks (for subtask and parent links), by chat uid; no member rows. */
  public Future<Map<UUID, TaskListing>> summaries(List<UUID> chats) {
    if (chats.isEmpty()) {
      return Future.succeededFuture(Map.of());
    }
    return mapped(client.preparedQuery(SUMMARIES).execute(Tuple.of(chats.toArray(UUID[]::new)))).map(rows -> {
      Map<UUID, TaskListing> out = new HashMap<>();
      rows.forEach(r -> out.put(r.getUUID("uid"), new TaskListing(ChatColumns.chat(r), TaskColumns.task(r), null)));
      return out;
    });
  }

  /** One page of the tasks a filter matches, with the viewer's member rows, and the total they match. */
  public Future<Page<TaskListing>> list(TaskListFilter filter) {
    TaskListQuery query = new TaskListQuery(filter);
    return mapped(client.preparedQuery(query.countSql()).execute(query.params()))
        .compose(count -> mapped(client.preparedQuery(query.pageSql()).execute(query.pageParams()))
            .map(rows -> new Page<>(Rows.all(rows, TaskListQuery::listing),
                count.iterator().next().getLong("total"))));
  }

  private static Tuple values(TaskRow t) {
    return Tuple.of(t.chatUid(), t.teamUid(), t.num(), t.owner(), t.assignee(), t.observers().toArray(UUID[]::new),
        t.taskStatus(), at(t.done()), t.doneReason(), at(t.deadline()), t.tags().toArray(String[]::new),
        t.importance()).addValue(t.urgency()).addValue(t.complexity()).addValue(t.spentTime())
        .addValue(t.colorIndex()).addValue(t.links());
  }

  static OffsetDateTime at(Instant instant) {
    return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
  }
}
