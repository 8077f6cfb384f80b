package org.tadaserver.protocol.model;

import org.tadaserver.protocol.enums.ChatType;

/**
 * Unread counters of a team per chat type. Always serialised with all five keys: the TypeScript web models read
 * every key and throw when one is missing (the seed examples show only three). Missing keys read as {@link Unread#ZERO}.
 *
 * @param direct direct chats
 * @param group group chats
 * @param task task chats
 * @param meeting meeting chats
 * @param thread thread chats
 */
public record TeamUnread(
        Unread direct,
        Unread group,
        Unread task,
        Unread meeting,
        Unread thread) {

    /** No unread messages anywhere. */
    public static final TeamUnread EMPTY = new TeamUnread(null, null, null, null, null);

    public TeamUnread {
        direct = direct == null ? Unread.ZERO : direct;
        group = group == null ? Unread.ZERO : group;
        task = task == null ? Unread.ZERO : task;
        meeting = meeting == null ? Unread.ZERO : meeting;
        thread = thread == null ? Unread.ZERO : thread;
    }

    /** The counters of one chat type. */
    public Unread get(ChatType chatType) {
        return switch (chatType) {
            case DIRECT -> direct;
            case GROUP -> group;
            case TASK -> task;
            case MEETING -> meeting;
            case THREAD -> thread;
        };
    }

    /** A copy with the counters of one chat type replaced. */
    public TeamUnread with(ChatType chatType, Unread unread) {
        return new TeamUnread(
                chatType == ChatType.DIRECT ? unread : direct,
                chatType == ChatType.GROUP ? unread : group,
                chatType == ChatType.TASK ? unread : task,
                chatType == ChatType.MEETING ? unread : meeting,
                chatType == ChatType.THREAD ? unread : thread);
    }

    /** Total unread messages over all chat types (the team's share of the badge). */
    public int totalMessages() {
        return direct.messages() + group.messages() + task.messages() + meeting.messages() + thread.messages();
    }
}
