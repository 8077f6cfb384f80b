package org.tadaserver.store.task;

import io.vertx.core.json.JsonArray;
import io.vertx.sqlclient.Row;
import java.util.Arrays;
import java.util.List;
import org.tadaserver.store.sql.Rows;

/** Select list and row mapper of {@code tasks} (alias {@code t}); columns carry a {@code t_} prefix. */
final class TaskColumns {
  static final String TASK = "t.chat_uid AS t_chat_uid, t.team_uid AS t_team_uid, t.num AS t_num, "
      + "t.owner AS t_owner, t.assignee AS t_assignee, t.observers AS t_observers, t.task_status AS t_task_status, "
      + "t.done AS t_done, t.done_reason AS t_done_reason, t.deadline AS t_deadline, t.tags AS t_tags, "
      + "t.importance AS t_importance, t.urgency AS t_urgency, t.complexity AS t_complexity, "
      + "t.spent_time AS t_spent_time, t.color_index AS t_color_index, t.links AS t_links";

  private TaskColumns() {}

  static TaskRow task(Row r) {
    String[] tags = r.getArrayOfStrings("t_tags");
    return new TaskRow(r.getUUID("t_chat_uid"), r.getUUID("t_team_uid"), r.getInteger("t_num"), r.getUUID("t_owner"),
        r.getUUID("t_assignee"), Rows.uuids(r, "t_observers"), r.getString("t_task_status"), Rows.instant(r, "t_done"),
        r.getString("t_done_reason"), Rows.instant(r, "t_deadline"),
        tags == null ? List.of() : Arrays.asList(tags), r.getInteger("t_importance"), r.getInteger("t_urgency"),
        r.getInteger("t_complexity"), r.getInteger("t_spent_time"), r.getInteger("t_color_index"),
        r.getValue("t_links") instanceof JsonArray links ? links : new JsonArray());
  }
}
