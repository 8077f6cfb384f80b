package org.tadaserver.protocol.model;

/**
 * Unread counters of one chat type. All values are non-negative (Go {@code uint}).
 *
 * @param messages sum of num_unread over the chats
 * @param noticeMessages sum of num_unread_notices (mentions) over the chats
 * @param chats number of chats with at least one unread message
 */
public record Unread(
        int messages,
        int noticeMessages,
        int chats) {

    /** All zero. */
    public static final Unread ZERO = new Unread(0, 0, 0);

    public Unread {
        if (messages < 0 || noticeMessages < 0 || chats < 0) {
            throw new IllegalArgumentException("negative unread counter");
        }
    }

    /** The element-wise sum, for adding up a user's chats. */
    public Unread plus(Unread other) {
        return new Unread(messages + other.messages, noticeMessages + other.noticeMessages, chats + other.chats);
    }
}
