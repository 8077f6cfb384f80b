package org.tadaserver.protocol.model;

import org.tadaserver.protocol.Jid;
import org.tadaserver.protocol.OmitEmpty;

/**
 * An online team member in {@code server.online}. {@code mobile} is always sent.
 */
public record OnlineContact(
        Jid jid,
        @OmitEmpty boolean afk,
        @OmitEmpty boolean focused,
        boolean mobile) {
}
