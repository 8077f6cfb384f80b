package org.tadaserver.store.task;

import java.util.UUID;

/**
 * A checklist item of a task ({@code task_items}).
 *
 * @param subtaskUid the task chat that an item "#N" links, or null
 * @param gentime version of the item (the team clock of its last change)
 */
public record TaskItemRow(
    UUID uid, UUID taskUid, int sortOrdering, String text, boolean checked, UUID subtaskUid, long gentime) {

  public TaskItemRow withText(String newText, UUID subtask, long version) {
    return new TaskItemRow(uid, taskUid, sortOrdering, newText, checked, subtask, version);
  }

  public TaskItemRow withChecked(boolean value, long version) {
    return new TaskItemRow(uid, taskUid, sortOrdering, text, value, subtaskUid, version);
  }

  public TaskItemRow withSortOrdering(int value, long version) {
    return new TaskItemRow(uid, taskUid, value, text, checked, subtaskUid, version);
  }
}
