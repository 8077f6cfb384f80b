package org.tadaserver.protocol.enums;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Kind of chat; the wire value is the lowercase name. The chat type of a JID follows from its prefix. */
public enum ChatType implements WireEnum {
    DIRECT("direct"),
    GROUP("group"),
    TASK("task"),
    MEETING("meeting"),
    THREAD("thread");

    private final String wire;

    ChatType(String wire) {
        this.wire = wire;
    }

    @Override
    @JsonValue
    public String wire() {
        return wire;
    }

    /** Null for null or ""; @throws IllegalArgumentException for an unknown value */
    @JsonCreator
    public static ChatType fromWire(String value) {
        return WireEnums.fromWire(ChatType.class, value);
    }
}
