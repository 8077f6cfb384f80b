package org.tadaserver.chats.tasks;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import com.fasterxml.jackson.core.type.TypeReference;
import org.tadaserver.protocol.Jid;
import org.tadaserver.protocol.Wire;
import org.tadaserver.protocol.model.MessageLink;
import org.tadaserver.protocol.enums.TeamStatus;
import org.tadaserver.protocol.model.ChatBuilder;
import org.tadaserver.protocol.model.Subtask;
import org.tadaserver.protocol.model.TaskItem;
import org.tadaserver.store.chat.ChatRow;
import org.tadaserver.store.task.TaskItemRow;
import org.tadaserver.store.task.TaskListing;
import org.tadaserver.store.task.TaskRow;

/**
 * The task part of a task chat's view for one viewer (reference §3.0 "Task only", §3.5): number, {@code title} and
 * {@code display_name} ("N. title"), people, status, deadline, tags, the optional numeric fields, the checklist with
 * the viewer's rights on each item, {@code parents}, and for members the viewer's {@code tabs} and task
 * {@code changeable_fields}.
 */
public final class TaskView {
  private TaskView() {}

  /** {@code display_name} of a task: its number and title. */
  public static String displayName(int num, String title) {
    return num + ". " + title;
  }

  /**
   * Adds the task fields of {@code chat} to {@code b} (which has the chat's common fields). Does nothing when the data
   * has no task row for it.
   *
   * @param member whether the viewer is a current member (tabs, rights and changeable fields are for members only)
   */
  public static void fill(ChatBuilder b, ChatRow chat, TaskViewData data, UUID viewer, TeamStatus status,
      boolean member, Instant now) {
    TaskRow t = data.task(chat.uid());
    if (t == null) {
      return;
    }
    boolean live = !chat.isArchive();
    boolean edit = live && TaskRights.canEdit(status, t, viewer, member);
    boolean progress = live && TaskRights.canProgress(status, t, viewer, member);
    List<TaskItemRow> items = data.itemsOf(chat.uid());
    b.displayName(displayName(t.num(), chat.title()))
        .title(chat.title())
        .num(t.num())
        .owner(Jid.contact(t.owner()))
        .assignee(t.assignee() == null ? null : Jid.contact(t.assignee()))
        .observers(t.observers().stream().map(Jid::contact).toList())
        .taskStatus(t.taskStatus())
        .done(t.done())
        .doneReason(t.doneReason())
        .deadline(t.deadline())
        .deadlineExpired(t.deadlineExpired(now))
        .tags(t.tags())
        .importance(t.importance())
        .urgency(t.urgency())
        .complexity(t.complexity())
        .spentTime(t.spentTime())
        .colorIndex(t.colorIndex())
        .description(chat.description())
        .links(links(t))
        .isPublic(chat.isPublic())
        .section(chat.sectionUid() == null ? null : chat.sectionUid().toString())
        .items(items.stream().map(i -> item(i, data, edit, progress, now)).toList())
        .numItems(items.size())
        .numCheckedItems((int) items.stream().filter(TaskItemRow::checked).count())
        .parents(parents(chat.uid(), data, now));
    if (member) {
      b.tabs(live ? TaskTabs.keys(t, viewer, now) : List.of())
          .changeableFields(live ? TaskRights.changeable(status, t, viewer, true, data.settings())
              : List.copyOf(TaskRights.PERSONAL))
          .canDelete(edit)
          .canDeleteAnyMessage(edit)
          .canSetImportantAnyMessage(edit);
    }
  }

  /** The stored links of the description; written by this server as MessageLink JSON, so they always read back. */
  private static List<MessageLink> links(TaskRow t) {
    if (t.links().isEmpty()) {
      return List.of();
    }
    try {
      return Wire.mapper().readValue(t.links().encode(), new TypeReference<List<MessageLink>>() {});
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("stored task links do not read back", e);
    }
  }

  private static TaskItem item(TaskItemRow i, TaskViewData data, boolean edit, boolean progress, Instant now) {
    TaskListing sub = i.subtaskUid() == null ? null : data.linked().get(i.subtaskUid());
    return new TaskItem(i.uid().toString(), i.gentime(), i.sortOrdering(), i.text(), i.checked(), progress, edit,
        sub == null ? null : subtask(sub, now));
  }

  private static List<Subtask> parents(UUID chat, TaskViewData data, Instant now) {
    List<Subtask> out = new ArrayList<>();
    for (UUID parent : data.parents().getOrDefault(chat, List.of())) {
      TaskListing p = data.linked().get(parent);
      if (p != null) {
        out.add(subtask(p, now));
      }
    }
    return out;
  }

  /** The short form of a linked task (a subtask of an item, or a parent). */
  static Subtask subtask(TaskListing l, Instant now) {
    TaskRow t = l.task();
    return new Subtask(Jid.task(t.chatUid()), t.assignee() == null ? null : Jid.contact(t.assignee()),
        l.chat().title(), t.num(), displayName(t.num(), l.chat().title()), l.chat().isPublic(), t.taskStatus(),
        t.deadline(), t.deadlineExpired(now), t.importance(), t.complexity());
  }
}
