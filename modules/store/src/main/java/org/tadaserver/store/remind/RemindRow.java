package org.tadaserver.store.remind;

import java.time.Instant;
import java.util.UUID;

/**
 * A row of {@code reminds}.
 *
 * @param user the owner: the account whose sessions get the remind's events
 * @param chatJid the chat to come back to, as the client named it
 */
public record RemindRow(UUID uid, UUID team, UUID user, String chatJid, Instant fireAt, String comment,
    Instant created) {}
