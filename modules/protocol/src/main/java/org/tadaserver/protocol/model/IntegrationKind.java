package org.tadaserver.protocol.model;

/**
 * A kind of integration available for setup.
 */
public record IntegrationKind(
        String kind,
        String title,
        String description,
        String icon,
        Integration template) {
}
