package org.tadaserver.store.chat;

import java.time.Instant;
import java.util.UUID;

/**
 * New messages written to one chat in one transaction.
 *
 * @param lastSeq the highest order number handed out (the new {@code chats.last_seq})
 * @param added live messages added
 * @param importants important messages among them
 * @param lastMessage the newest of them
 * @param at their creation time (the chat's last activity)
 */
public record ChatAdvance(UUID chat, long lastSeq, int added, int importants, UUID lastMessage, Instant at) {}
