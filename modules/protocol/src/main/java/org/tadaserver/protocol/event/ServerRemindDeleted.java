package org.tadaserver.protocol.event;

import org.tadaserver.protocol.model.DeletedRemind;

import java.util.List;

/**
 * Params of {@code server.remind.deleted}: reminds deleted.
 */
@EventName("server.remind.deleted")
public record ServerRemindDeleted(
        List<DeletedRemind> reminds) {
}
