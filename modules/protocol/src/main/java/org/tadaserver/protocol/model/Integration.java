package org.tadaserver.protocol.model;

import org.tadaserver.protocol.Jid;
import org.tadaserver.protocol.OmitEmpty;

import java.time.Instant;

/**
 * An integration of a chat.
 *
 * @param group chat
 */
public record Integration(
        @OmitEmpty String uid,
        String comment,
        @OmitEmpty Instant created,
        boolean enabled,
        IntegrationForm form,
        Jid group,
        @OmitEmpty String help,
        String kind) {
}
