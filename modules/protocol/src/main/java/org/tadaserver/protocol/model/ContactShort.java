package org.tadaserver.protocol.model;

import org.tadaserver.protocol.Jid;

/**
 * Short contact representation (call buzz, mentions).
 *
 * @param jid contact id
 * @param displayName full name in chats
 * @param shortName short name in chats
 * @param icons icons
 * @param gentime object version
 */
public record ContactShort(
        Jid jid,
        String displayName,
        String shortName,
        IconData icons,
        long gentime) {
}
