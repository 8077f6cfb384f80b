package org.tadaserver.store.team;

import java.time.Instant;
import java.util.UUID;

/** A row of {@code contact_sections}: a named group of a team's contacts (the protocol's Section, {@code sd-}). */
public record SectionRow(
    UUID uid, UUID team, String name, String description, int sortOrdering, long gentime, boolean isArchive,
    Instant created) {}
