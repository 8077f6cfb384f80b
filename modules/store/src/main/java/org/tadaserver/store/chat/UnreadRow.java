package org.tadaserver.store.chat;

import java.util.UUID;

/**
 * One user's unread sums in one of their teams for one chat type, over the chats they are a member of with counters
 * enabled (live chats only). A team with nothing unread comes as one row with {@code chatType} null and zeros, so the
 * caller still learns that the user belongs to it.
 *
 * @param contact the user's contact in {@code team}
 * @param messages sum of {@code num_unread}
 * @param notices sum of {@code num_unread_notices}
 * @param chats chats with at least one unread message
 */
public record UnreadRow(UUID user, UUID team, UUID contact, String chatType, int messages, int notices, int chats) {}
