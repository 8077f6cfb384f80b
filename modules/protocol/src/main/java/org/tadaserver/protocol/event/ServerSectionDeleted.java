package org.tadaserver.protocol.event;

import org.tadaserver.protocol.enums.ChatType;
import org.tadaserver.protocol.model.DeletedSection;

import java.util.List;

/**
 * Params of {@code server.section.deleted}: sections or projects deleted.
 *
 * @param gentime deprecated
 */
@EventName("server.section.deleted")
public record ServerSectionDeleted(
        ChatType chatType,
        List<DeletedSection> sections,
        long gentime) {
}
