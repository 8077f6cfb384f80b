package org.tadaserver.protocol.model;

import org.tadaserver.protocol.OmitEmpty;

import java.time.Instant;

/**
 * A billing workplace user ({@code server.workplace.updated}).
 */
public record WorkplaceUser(
        String uuid,
        String fullName,
        String phone,
        String email,
        @OmitEmpty Instant lastActivity) {
}
