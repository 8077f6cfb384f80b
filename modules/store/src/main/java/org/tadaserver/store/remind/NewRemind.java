package org.tadaserver.store.remind;

import java.time.Instant;
import java.util.UUID;

/** The values of a new remind; a null comment is stored as empty. */
public record NewRemind(UUID uid, UUID team, UUID user, String chatJid, Instant fireAt, String comment) {}
