package org.tadaserver.protocol.model;

import org.tadaserver.protocol.OmitEmpty;
import org.tadaserver.protocol.enums.PublicStatusType;

import java.time.Instant;

/**
 * A contact's public status ("on vacation until ...").
 *
 * @param status the status
 * @param expiresAt when it ends, if set
 */
public record PublicStatus(
        PublicStatusType status,
        @OmitEmpty Instant expiresAt) {
}
