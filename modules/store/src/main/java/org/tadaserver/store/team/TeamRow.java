package org.tadaserver.store.team;

import java.time.Instant;
import java.util.UUID;

/** A row of {@code teams}. {@code iconLetters}/{@code iconColor} are the generated avatar. */
public record TeamRow(
    UUID uid, String name, String iconLetters, String iconColor, TeamSettings settings, long gentime,
    boolean isArchive, Instant created) {}
