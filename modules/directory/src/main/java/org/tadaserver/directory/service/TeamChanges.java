package org.tadaserver.directory.service;

import java.time.DateTimeException;
import java.time.LocalTime;
import org.tadaserver.bus.ServiceException;
import org.tadaserver.directory.model.Icons;
import org.tadaserver.protocol.Limits;
import org.tadaserver.protocol.rest.TeamRequest;
import org.tadaserver.store.team.TeamRow;
import org.tadaserver.store.team.TeamSettings;
import org.tadaserver.store.team.TeamUpdate;

/**
 * A checked team request: the team-wide changes (admins only) and the caller's own pin. Values equal to the stored
 * ones are not changes, so a client that sends the whole object back with one field edited needs only the rights
 * for that field.
 *
 * @param update the team-wide change, or null when there is none
 * @param pinned the caller's new "pinned" flag, or null when unchanged
 * @param nameOrderChanged whether the name order settings changed (display names must be rebuilt)
 */
record TeamChanges(TeamUpdate update, Boolean pinned, boolean nameOrderChanged) {
  static final int MAX_MESSAGE_UPDATE_AGE = 10 * 365 * 24 * 3600;

  /** The values of a new team; fails with {@code INVALID_DATA} for a missing name or a bad value. */
  static TeamSettings forCreate(TeamRequest r, Limits limits) {
    if (r == null || r.name() == null) {
      throw ServiceException.invalid("name", "required");
    }
    name(r.name(), limits);
    return settings(r, TeamSettings.DEFAULTS);
  }

  /**
   * The changes {@code r} makes to {@code team}.
   *
   * @throws ServiceException {@code INVALID_DATA} for a bad value, {@code ACCESS_DENIED} when a non-admin changes a
   *     team-wide field
   */
  static TeamChanges of(TeamRequest r, TeamRow team, boolean admin, boolean pinnedNow, Limits limits) {
    String newName = r.name() == null ? null : name(r.name(), limits);
    if (newName != null && newName.equals(team.name())) {
      newName = null;
    }
    TeamSettings wanted = settings(r, team.settings());
    boolean settingsChanged = !wanted.equals(team.settings());
    if ((newName != null || settingsChanged) && !admin) {
      throw ServiceException.accessDenied("only team admins may change team settings");
    }
    TeamUpdate update = null;
    if (newName != null || settingsChanged) {
      update = TeamUpdate.NONE.withSettings(settingsChanged ? wanted : null);
      if (newName != null) {
        update = update.withName(newName).withIcon(Icons.letters(newName), null);
      }
    }
    Boolean pinned = r.pinned() == null || r.pinned() == pinnedNow ? null : r.pinned();
    boolean order = wanted.usePatronymic() != team.settings().usePatronymic()
        || wanted.displayFamilyNameFirst() != team.settings().displayFamilyNameFirst();
    return new TeamChanges(update, pinned, order);
  }

  /** The stripped name; {@code INVALID_DATA} unless it has 1..maxTeamTitleLength characters. */
  static String name(String name, Limits limits) {
    String n = name.strip();
    if (n.isEmpty()) {
      throw ServiceException.invalid("name", "must not be empty");
    }
    if (n.codePointCount(0, n.length()) > limits.maxTeamTitleLength()) {
      throw ServiceException.invalid("name", "at most " + limits.maxTeamTitleLength() + " characters");
    }
    return n;
  }

  private static TeamSettings settings(TeamRequest r, TeamSettings s) {
    TeamSettings out = s;
    if (r.maxMessageUpdateAge() != null) {
      int age = r.maxMessageUpdateAge();
      if (age < 0 || age > MAX_MESSAGE_UPDATE_AGE) {
        throw ServiceException.invalid("max_message_update_age", "must be 0.." + MAX_MESSAGE_UPDATE_AGE + " seconds");
      }
      out = out.withMaxMessageUpdateAge(age);
    }
    if (r.defaultTaskDeadline() != null) {
      out = out.withDefaultTaskDeadline(timeOfDay(r.defaultTaskDeadline()));
    }
    out = out.withNameOrder(or(r.usePatronymic(), out.usePatronymic()),
        or(r.displayFamilyNameFirst(), out.displayFamilyNameFirst()));
    out = out.withTaskImportance(or(r.useTaskImportance(), out.useTaskImportance()),
        or(r.taskImportanceMin(), out.taskImportanceMin()), or(r.taskImportanceMax(), out.taskImportanceMax()),
        or(r.taskImportanceRev(), out.taskImportanceRev()));
    if (out.taskImportanceMin() < 0 || out.taskImportanceMin() > out.taskImportanceMax()) {
      throw ServiceException.invalid("task_importance_min", "must be 0 or more and at most task_importance_max");
    }
    out = out.withTaskFields(or(r.useTaskUrgency(), out.useTaskUrgency()),
        or(r.useTaskComplexity(), out.useTaskComplexity()), or(r.useTaskSpentTime(), out.useTaskSpentTime()));
    return out.withMembership(out.needConfirmation(), or(r.hideArchivedUsers(), out.hideArchivedUsers()));
  }

  private static LocalTime timeOfDay(String text) {
    String t = text.strip();
    if (t.isEmpty()) {
      return null;
    }
    try {
      return LocalTime.parse(t);
    } catch (DateTimeException e) {
      throw ServiceException.invalid("default_task_deadline", "must be a time of day such as 18:00:00");
    }
  }

  private static <T> T or(T value, T fallback) {
    return value == null ? fallback : value;
  }
}
