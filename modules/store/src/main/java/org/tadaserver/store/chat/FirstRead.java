package org.tadaserver.store.chat;

import java.util.UUID;

/**
 * A message that some member other than its author has read for the first time.
 *
 * @param senderUser the author's account (where {@code server.message.received} goes); null for bots
 */
public record FirstRead(UUID message, UUID sender, UUID senderUser) {}
