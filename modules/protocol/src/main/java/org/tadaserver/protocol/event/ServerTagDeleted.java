package org.tadaserver.protocol.event;

import org.tadaserver.protocol.model.DeletedTag;

import java.util.List;

/**
 * Params of {@code server.tag.deleted}: tags deleted.
 */
@EventName("server.tag.deleted")
public record ServerTagDeleted(
        List<DeletedTag> tags) {
}
