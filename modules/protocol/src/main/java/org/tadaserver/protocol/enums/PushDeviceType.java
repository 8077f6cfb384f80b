package org.tadaserver.protocol.enums;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Push device platform ({@code PushDevice.type}). */
public enum PushDeviceType implements WireEnum {
    ANDROID("android"),
    IOS("ios"),
    WEB("web"),
    SAFARI("safari");

    private final String wire;

    PushDeviceType(String wire) {
        this.wire = wire;
    }

    @Override
    @JsonValue
    public String wire() {
        return wire;
    }

    /** Null for null or ""; @throws IllegalArgumentException for an unknown value */
    @JsonCreator
    public static PushDeviceType fromWire(String value) {
        return WireEnums.fromWire(PushDeviceType.class, value);
    }
}
