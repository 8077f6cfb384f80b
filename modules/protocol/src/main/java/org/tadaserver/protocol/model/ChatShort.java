package org.tadaserver.protocol.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.tadaserver.protocol.Jid;
import org.tadaserver.protocol.enums.ChatType;

import static com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL;

/**
 * Minimal chat representation (call buzz).
 *
 * @param messagesFromGentime show messages from this gentime
 */
public record ChatShort(
        Jid jid,
        ChatType chatType,
        String displayName,
        IconData icons,
        @JsonInclude(NON_NULL) Long messagesFromGentime) {
}
