package org.tadaserver.protocol.enums;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Message content type ({@code content.type}); {@code change} is a system/event message. */
public enum Mediatype implements WireEnum {
    PLAIN("plain"),
    CHANGE("change"),
    DELETED("deleted"),
    FILE("file"),
    IMAGE("image"),
    VIDEO("video"),
    AUDIOMSG("audiomsg"),
    CONTACT("contact"),
    PDF("pdf");

    private final String wire;

    Mediatype(String wire) {
        this.wire = wire;
    }

    @Override
    @JsonValue
    public String wire() {
        return wire;
    }

    /** Null for null or ""; @throws IllegalArgumentException for an unknown value */
    @JsonCreator
    public static Mediatype fromWire(String value) {
        return WireEnums.fromWire(Mediatype.class, value);
    }
}
