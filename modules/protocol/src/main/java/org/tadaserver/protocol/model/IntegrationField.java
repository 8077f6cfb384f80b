package org.tadaserver.protocol.model;

/**
 * A field of an integration form.
 */
public record IntegrationField(
        String label,
        boolean readonly,
        String value) {
}
