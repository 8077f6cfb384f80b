package org.tadaserver.protocol.enums;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Markup entity type ({@code markup[].typ}). */
public enum MarkupType implements WireEnum {
    BOLD("bold"),
    ITALIC("italic"),
    UNDERSCORE("underscore"),
    STRIKE("strike"),
    CODE("code"),
    CODEBLOCK("codeblock"),
    QUOTE("quote"),
    LINK("link"),
    TIME("time"),
    UNSAFE("unsafe");

    private final String wire;

    MarkupType(String wire) {
        this.wire = wire;
    }

    @Override
    @JsonValue
    public String wire() {
        return wire;
    }

    /** Null for null or ""; @throws IllegalArgumentException for an unknown value */
    @JsonCreator
    public static MarkupType fromWire(String value) {
        return WireEnums.fromWire(MarkupType.class, value);
    }
}
