package org.tadaserver.protocol.model;

import org.tadaserver.protocol.Jid;

import java.time.Instant;

/**
 * A wiki page (experimental).
 */
public record WikiPage(
        Jid editor,
        long gentime,
        String text,
        Instant updated) {
}
