package org.tadaserver.chats.tasks;

import io.vertx.core.Future;
import io.vertx.sqlclient.SqlClient;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.tadaserver.bus.ServiceException;
import org.tadaserver.store.StoreException;
import org.tadaserver.store.task.TaskRow;
import org.tadaserver.store.task.TaskStatusRepository;
import org.tadaserver.store.team.ContactRepository;
import org.tadaserver.store.team.TeamRepository;
import org.tadaserver.store.team.TeamSettings;

/**
 * The checks of a task edit that need the database, inside the writing transaction: the status exists in the team
 * ({@code new}, {@code done} or a live custom status), the optional numeric fields are enabled and in range, and
 * every person is a live contact of the team.
 */
final class TaskChecks {
  static final int MAX_SCALE = 100;

  private TaskChecks() {}

  /** Checks {@code e} for {@code team}; answers the team's settings. */
  static Future<TeamSettings> check(SqlClient tx, UUID team, TaskEdit e) {
    return new TeamRepository(tx).get(team).map(t -> t.settings()).compose(settings -> {
      try {
        numbers(settings, e);
      } catch (ServiceException failure) {
        return Future.failedFuture(failure);
      }
      return status(tx, team, e.taskStatus()).compose(v -> people(tx, team, e)).map(settings);
    });
  }

  private static void numbers(TeamSettings s, TaskEdit e) {
    if (e.importance() != null) {
      enabled("importance", s.useTaskImportance());
      range("importance", e.importance(), s.taskImportanceMin(), s.taskImportanceMax());
    }
    if (e.urgency() != null) {
      enabled("urgency", s.useTaskUrgency());
      range("urgency", e.urgency(), 1, MAX_SCALE);
    }
    if (e.complexity() != null) {
      enabled("complexity", s.useTaskComplexity());
      range("complexity", e.complexity(), 1, MAX_SCALE);
    }
    if (e.spentTime() != null && e.spentTime() != 0) {
      enabled("spent_time", s.useTaskSpentTime());
    }
  }

  private static void enabled(String field, boolean on) {
    if (!on) {
      throw ServiceException.invalid(field, "this team does not use " + field);
    }
  }

  private static void range(String field, int value, int min, int max) {
    if (value < min || value > max) {
      throw ServiceException.invalid(field, "must be " + min + " to " + max);
    }
  }

  private static Future<Void> status(SqlClient tx, UUID team, String status) {
    if (status == null || TaskRow.NEW.equals(status) || TaskRow.DONE.equals(status)) {
      return Future.succeededFuture();
    }
    return new TaskStatusRepository(tx).ofTeam(team).compose(all -> all.stream()
        .anyMatch(s -> s.name().equals(status) && !s.isArchive()) ? Future.succeededFuture()
        : Future.failedFuture(ServiceException.invalid("task_status", "unknown task status: " + status)));
  }

  private static Future<Void> people(SqlClient tx, UUID team, TaskEdit e) {
    Set<UUID> assignee = e.assignee() == null ? Set.of() : Set.of(e.assignee());
    return live(tx, team, assignee, "assignee")
        .compose(v -> live(tx, team, e.observers() == null ? List.of() : e.observers(), "observers"));
  }

  private static Future<Void> live(SqlClient tx, UUID team, java.util.Collection<UUID> contacts, String field) {
    Future<Void> chain = Future.succeededFuture();
    for (UUID contact : new LinkedHashSet<>(contacts)) {
      ServiceException unknown = ServiceException.invalid(field, "unknown contact d-" + contact);
      chain = chain.compose(v -> new ContactRepository(tx).get(contact)
          .recover(e -> Future.failedFuture(e instanceof StoreException.NotFound ? unknown : e))
          .compose(c -> c.team().equals(team) && !c.isArchive() ? Future.succeededFuture()
              : Future.failedFuture(unknown)));
    }
    return chain;
  }
}
