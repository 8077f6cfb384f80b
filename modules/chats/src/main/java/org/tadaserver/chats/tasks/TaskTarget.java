package org.tadaserver.chats.tasks;

import io.vertx.core.Future;
import io.vertx.sqlclient.SqlClient;
import java.util.Locale;
import java.util.UUID;
import org.tadaserver.bus.ServiceException;
import org.tadaserver.chats.access.ChatAccess;
import org.tadaserver.chats.access.ChatRights;
import org.tadaserver.chats.access.ChatTarget;
import org.tadaserver.directory.Membership;
import org.tadaserver.protocol.Jid;
import org.tadaserver.store.task.TaskRepository;
import org.tadaserver.store.task.TaskRow;

/**
 * A task as an actor named it, with its task row: resolved through {@link ChatAccess} (so a task the actor may not
 * see is NOT_FOUND like one that does not exist). Task ids are {@code t-<uuid>} or the bare uuid (tdclient's
 * {@code CloseTask} passes either).
 */
record TaskTarget(ChatTarget target, TaskRow task) {

  static Future<TaskTarget> resolve(SqlClient client, Membership actor, String id) {
    Jid jid = jid(id);
    if (jid == null) {
      return Future.failedFuture(ServiceException.notFound("task " + id));
    }
    return new ChatAccess(client).resolve(actor, jid).compose(t -> new TaskRepository(client).find(jid.uuid())
        .compose(row -> row.isPresent() && t.exists() && t.chat().isTask()
            ? Future.succeededFuture(new TaskTarget(t, row.get()))
            : Future.failedFuture(ServiceException.notFound("task " + id))));
  }

  /** Like {@link #resolve} for a change: the actor must be a member and the task live. */
  static Future<TaskTarget> writable(SqlClient tx, Membership actor, String id) {
    return resolve(tx, actor, id).compose(t -> {
      if (!t.target().isMember()) {
        return Future.failedFuture(ServiceException.accessDenied("You are not a member of this task"));
      }
      if (t.target().isArchived()) {
        return Future.failedFuture(ServiceException.accessDenied(ChatRights.ARCHIVED_CHAT));
      }
      return Future.succeededFuture(t);
    });
  }

  /** The {@code t-} JID of a task id, or null when it names no task. */
  static Jid jid(String id) {
    if (id == null) {
      return null;
    }
    String text = id.strip().toLowerCase(Locale.ROOT);
    try {
      return Jid.task(UUID.fromString(text.startsWith("t-") ? text.substring(2) : text));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  UUID uid() {
    return task.chatUid();
  }
}
