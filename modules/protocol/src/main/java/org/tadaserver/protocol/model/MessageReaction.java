package org.tadaserver.protocol.model;

import java.util.List;

/**
 * One emoji reaction on a message.
 *
 * @param name emoji
 * @param counter number of reactions
 * @param details who reacted
 */
public record MessageReaction(
        String name,
        int counter,
        List<MessageReactionDetail> details) {
}
