package org.tadaserver.protocol.event;

import org.tadaserver.protocol.enums.ChatType;
import org.tadaserver.protocol.model.Section;

import java.util.List;

/**
 * Params of {@code server.section.updated}: sections or projects created or changed.
 *
 * @param gentime deprecated
 */
@EventName("server.section.updated")
public record ServerSectionUpdated(
        ChatType chatType,
        List<Section> sections,
        long gentime) {
}
