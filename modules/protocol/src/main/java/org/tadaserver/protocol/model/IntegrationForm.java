package org.tadaserver.protocol.model;

import com.fasterxml.jackson.annotation.JsonInclude;

import static com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL;

/**
 * An integration form.
 */
public record IntegrationForm(
        @JsonInclude(NON_NULL) IntegrationField apiKey,
        @JsonInclude(NON_NULL) IntegrationField url,
        @JsonInclude(NON_NULL) IntegrationField webhookUrl) {
}
