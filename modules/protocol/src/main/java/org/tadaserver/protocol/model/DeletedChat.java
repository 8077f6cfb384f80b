package org.tadaserver.protocol.model;

import org.tadaserver.protocol.Jid;
import org.tadaserver.protocol.enums.ChatType;

/**
 * A chat removed for the viewer; {@code is_archive} is always true.
 */
public record DeletedChat(
        Jid jid,
        ChatType chatType,
        long gentime,
        boolean isArchive) {

    /** A deletion notice with a fresh gentime. */
    public static DeletedChat of(Jid jid, long gentime) {
        return new DeletedChat(jid, jid.chatType(), gentime, true);
    }
}
