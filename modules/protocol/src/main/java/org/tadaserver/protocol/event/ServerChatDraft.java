package org.tadaserver.protocol.event;

import org.tadaserver.protocol.Jid;

/**
 * Params of {@code server.chat.draft}: a draft changed on another device.
 *
 * @param revision unix milliseconds
 * @param draftGentime deprecated
 * @param draftNum deprecated
 */
@EventName("server.chat.draft")
public record ServerChatDraft(
        Jid jid,
        String draft,
        long revision,
        long draftGentime,
        long draftNum) {
}
