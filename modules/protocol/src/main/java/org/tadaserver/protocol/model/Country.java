package org.tadaserver.protocol.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.tadaserver.protocol.OmitEmpty;

/**
 * Phone country on the login screen.
 *
 * @param code phone code
 * @param iso ISO code
 * @param isDefault selected by default
 */
public record Country(
        String code,
        @OmitEmpty String iso,
        String name,
        @JsonProperty("default") @OmitEmpty boolean isDefault,
        @OmitEmpty boolean popular) {
}
