package org.tadaserver.protocol.event;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Params of {@code server.uisettings}: part of the UI settings changed.
 *
 * @param namespace for example web or app
 * @param data free-form settings
 */
@EventName("server.uisettings")
public record ServerUiSettings(
        String namespace,
        JsonNode data) {
}
