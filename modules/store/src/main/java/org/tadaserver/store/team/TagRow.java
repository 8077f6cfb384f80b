package org.tadaserver.store.team;

import java.time.Instant;
import java.util.UUID;

/** A row of {@code tags}: a task tag of a team (the protocol's Tag {uid, name}). */
public record TagRow(UUID uid, UUID team, String name, long gentime, boolean isArchive, Instant created) {}
