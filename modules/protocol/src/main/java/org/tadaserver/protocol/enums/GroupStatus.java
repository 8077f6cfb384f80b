package org.tadaserver.protocol.enums;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** A member's status in a group chat. */
public enum GroupStatus implements WireEnum {
    ADMIN("admin"),
    MEMBER("member");

    private final String wire;

    GroupStatus(String wire) {
        this.wire = wire;
    }

    @Override
    @JsonValue
    public String wire() {
        return wire;
    }

    /** Null for null or ""; @throws IllegalArgumentException for an unknown value */
    @JsonCreator
    public static GroupStatus fromWire(String value) {
        return WireEnums.fromWire(GroupStatus.class, value);
    }
}
