package org.tadaserver.store.chat;

import java.time.Instant;
import java.util.UUID;

/** A row of {@code message_reactions}: {@code contact} reacted to {@code message} with emoji {@code name}. */
public record ReactionRow(UUID message, UUID contact, String name, Instant created) {}
