package org.tadaserver.protocol.event;

import org.tadaserver.protocol.model.Tag;

import java.util.List;

/**
 * Params of {@code server.tag.updated}: tags created or changed.
 */
@EventName("server.tag.updated")
public record ServerTagUpdated(
        List<Tag> tags) {
}
