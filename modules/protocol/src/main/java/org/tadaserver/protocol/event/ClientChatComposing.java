package org.tadaserver.protocol.event;

import org.tadaserver.protocol.Jid;
import org.tadaserver.protocol.OmitEmpty;

/**
 * Params of {@code client.chat.composing}: typing or recording audio. Without {@code composing:true} it means
 * "stopped".
 *
 * @param jid chat
 * @param isAudio recording an audio message
 * @param composing true = started, false = stopped
 * @param draft deprecated
 */
@EventName("client.chat.composing")
public record ClientChatComposing(
        Jid jid,
        @OmitEmpty boolean isAudio,
        @OmitEmpty boolean composing,
        @OmitEmpty String draft) {
}
