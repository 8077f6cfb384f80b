package org.tadaserver.protocol.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A team's colour theme. The capitalised keys are the real (deprecated web) keys.
 *
 * @param appAccentColor deprecated
 * @param appPrimaryColor deprecated
 * @param bgColor web colours
 * @param brand app colours
 */
public record Theme(
        @JsonProperty("AppAccentColor") String appAccentColor,
        @JsonProperty("AppPrimaryColor") String appPrimaryColor,
        @JsonProperty("BgColor") String bgColor,
        String brand) {
}
