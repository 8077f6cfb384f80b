package org.tadaserver.protocol.model;

import org.tadaserver.protocol.Jid;

import java.time.Instant;

/**
 * Who reacted and when.
 *
 * @param created when the reaction was added
 * @param sender reacting contact
 * @param name emoji
 */
public record MessageReactionDetail(
        Instant created,
        Jid sender,
        String name) {
}
