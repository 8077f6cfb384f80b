package org.tadaserver.protocol.enums;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Call kind; {@code audio} is the default. */
public enum CallType implements WireEnum {
    AUDIO("audio"),
    VIDEO("video"),
    VIDEO_MULTISTREAM("video_multistream");

    private final String wire;

    CallType(String wire) {
        this.wire = wire;
    }

    @Override
    @JsonValue
    public String wire() {
        return wire;
    }

    /** Null for null or ""; @throws IllegalArgumentException for an unknown value */
    @JsonCreator
    public static CallType fromWire(String value) {
        return WireEnums.fromWire(CallType.class, value);
    }
}
