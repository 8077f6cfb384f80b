package org.tadaserver.store.chat;

import java.util.UUID;

/**
 * How new messages change one member's read state and counters.
 *
 * @param reset true for a member who wrote some of the messages: the read marker moves to their last own message
 *     ({@code readSeq}, {@code readMessage}) and the counters become {@code unread}/{@code notices} (what others wrote
 *     after it); false: the counters grow by {@code unread}/{@code notices} and the marker stays
 */
public record MemberDelta(
    UUID chat, UUID contact, boolean reset, int unread, int notices, long readSeq, UUID readMessage) {}
