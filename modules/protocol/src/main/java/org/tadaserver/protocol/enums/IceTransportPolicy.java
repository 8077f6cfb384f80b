package org.tadaserver.protocol.enums;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** WebRTC ICE transport policy advertised in features. */
public enum IceTransportPolicy implements WireEnum {
    ALL("all"),
    RELAY("relay");

    private final String wire;

    IceTransportPolicy(String wire) {
        this.wire = wire;
    }

    @Override
    @JsonValue
    public String wire() {
        return wire;
    }

    /** Null for null or ""; @throws IllegalArgumentException for an unknown value */
    @JsonCreator
    public static IceTransportPolicy fromWire(String value) {
        return WireEnums.fromWire(IceTransportPolicy.class, value);
    }
}
