package org.tadaserver.protocol.enums;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Message content subtype ({@code content.subtype}). */
public enum Mediasubtype implements WireEnum {
    STICKER("sticker"),
    NEWTASK("newtask"),
    NAMED("named");

    private final String wire;

    Mediasubtype(String wire) {
        this.wire = wire;
    }

    @Override
    @JsonValue
    public String wire() {
        return wire;
    }

    /** Null for null or ""; @throws IllegalArgumentException for an unknown value */
    @JsonCreator
    public static Mediasubtype fromWire(String value) {
        return WireEnums.fromWire(Mediasubtype.class, value);
    }
}
