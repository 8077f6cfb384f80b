package org.tadaserver.protocol.event;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Params of {@code server.account.updated}: billing account changed. The account is passed through as JSON
 * (billing is not modelled).
 */
@EventName("server.account.updated")
public record ServerAccountUpdated(
        JsonNode account) {
}
