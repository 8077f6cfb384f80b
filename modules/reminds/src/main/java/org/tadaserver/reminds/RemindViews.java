package org.tadaserver.reminds;

import java.util.List;
import org.tadaserver.bus.Delivery;
import org.tadaserver.protocol.Jid;
import org.tadaserver.protocol.event.Events;
import org.tadaserver.protocol.event.ServerRemindDeleted;
import org.tadaserver.protocol.event.ServerRemindFired;
import org.tadaserver.protocol.event.ServerRemindUpdated;
import org.tadaserver.protocol.model.DeletedRemind;
import org.tadaserver.protocol.model.Remind;
import org.tadaserver.store.remind.RemindRow;

/** Rows as protocol objects, and the events that go to a remind's owner (every session of theirs in its team). */
final class RemindViews {
  private RemindViews() {}

  static Remind remind(RemindRow row) {
    return new Remind(row.uid().toString(), Jid.parse(row.chatJid()), row.fireAt(), row.comment());
  }

  static Delivery updated(RemindRow row) {
    return toOwner(row, new ServerRemindUpdated(List.of(remind(row))));
  }

  static Delivery deleted(RemindRow row) {
    return toOwner(row, new ServerRemindDeleted(List.of(new DeletedRemind(row.uid().toString()))));
  }

  static Delivery fired(RemindRow row) {
    return toOwner(row, new ServerRemindFired(List.of(remind(row))));
  }

  private static Delivery toOwner(RemindRow row, Object params) {
    return Delivery.toUser(row.team(), row.user(), Events.toJson(params));
  }
}
