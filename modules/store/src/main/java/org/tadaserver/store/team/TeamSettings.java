package org.tadaserver.store.team;

import java.time.LocalTime;

/**
 * The team-wide options of the protocol's Team object.
 *
 * @param maxMessageUpdateAge seconds during which a message may still be edited
 * @param defaultTaskDeadline time of day a task is due when only a date is given; null = none
 * @param taskImportanceMin   lowest task importance (at most {@code taskImportanceMax})
 */
public record TeamSettings(
    int maxMessageUpdateAge, LocalTime defaultTaskDeadline, boolean usePatronymic, boolean displayFamilyNameFirst,
    boolean needConfirmation, boolean hideArchivedUsers, boolean useTaskImportance, int taskImportanceMin,
    int taskImportanceMax, boolean taskImportanceRev, boolean useTaskUrgency, boolean useTaskComplexity,
    boolean useTaskSpentTime) {

  /** The values of a new team: one day to edit a message, importance 1..5, every optional feature off. */
  public static final TeamSettings DEFAULTS =
      new TeamSettings(86_400, null, false, false, false, false, false, 1, 5, false, false, false, false);

  public TeamSettings withMaxMessageUpdateAge(int seconds) {
    return new TeamSettings(seconds, defaultTaskDeadline, usePatronymic, displayFamilyNameFirst, needConfirmation,
        hideArchivedUsers, useTaskImportance, taskImportanceMin, taskImportanceMax, taskImportanceRev, useTaskUrgency,
        useTaskComplexity, useTaskSpentTime);
  }

  public TeamSettings withDefaultTaskDeadline(LocalTime time) {
    return new TeamSettings(maxMessageUpdateAge, time, usePatronymic, displayFamilyNameFirst, needConfirmation,
        hideArchivedUsers, useTaskImportance, taskImportanceMin, taskImportanceMax, taskImportanceRev, useTaskUrgency,
        useTaskComplexity, useTaskSpentTime);
  }

  public TeamSettings withNameOrder(boolean patronymic, boolean familyNameFirst) {
    return new TeamSettings(maxMessageUpdateAge, defaultTaskDeadline, patronymic, familyNameFirst, needConfirmation,
        hideArchivedUsers, useTaskImportance, taskImportanceMin, taskImportanceMax, taskImportanceRev, useTaskUrgency,
        useTaskComplexity, useTaskSpentTime);
  }

  public TeamSettings withTaskImportance(boolean use, int min, int max, boolean reversed) {
    return new TeamSettings(maxMessageUpdateAge, defaultTaskDeadline, usePatronymic, displayFamilyNameFirst,
        needConfirmation, hideArchivedUsers, use, min, max, reversed, useTaskUrgency, useTaskComplexity,
        useTaskSpentTime);
  }

  public TeamSettings withTaskFields(boolean urgency, boolean complexity, boolean spentTime) {
    return new TeamSettings(maxMessageUpdateAge, defaultTaskDeadline, usePatronymic, displayFamilyNameFirst,
        needConfirmation, hideArchivedUsers, useTaskImportance, taskImportanceMin, taskImportanceMax,
        taskImportanceRev, urgency, complexity, spentTime);
  }

  public TeamSettings withMembership(boolean confirmation, boolean hideArchived) {
    return new TeamSettings(maxMessageUpdateAge, defaultTaskDeadline, usePatronymic, displayFamilyNameFirst,
        confirmation, hideArchived, useTaskImportance, taskImportanceMin, taskImportanceMax, taskImportanceRev,
        useTaskUrgency, useTaskComplexity, useTaskSpentTime);
  }
}
