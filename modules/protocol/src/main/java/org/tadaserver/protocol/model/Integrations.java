package org.tadaserver.protocol.model;

import java.util.List;

/**
 * All integrations data.
 */
public record Integrations(
        List<Integration> integrations,
        List<IntegrationKind> kinds) {
}
