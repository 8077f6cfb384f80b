package org.tadaserver.protocol.event;

import org.tadaserver.protocol.Jid;
import org.tadaserver.protocol.OmitEmpty;

import java.time.Instant;

/**
 * Params of {@code server.chat.composing}: someone is typing or recording audio.
 *
 * @param jid chat as seen by the receiver
 * @param actor who is typing
 * @param validUntil drop the state after this time
 */
@EventName("server.chat.composing")
public record ServerChatComposing(
        Jid jid,
        Jid actor,
        boolean composing,
        @OmitEmpty boolean isAudio,
        @OmitEmpty Instant validUntil) {
}
