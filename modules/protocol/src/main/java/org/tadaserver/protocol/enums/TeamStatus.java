package org.tadaserver.protocol.enums;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** A contact's status in a team: owner can do anything, guest is restricted. */
public enum TeamStatus implements WireEnum {
    OWNER("owner"),
    ADMIN("admin"),
    MEMBER("member"),
    GUEST("guest");

    private final String wire;

    TeamStatus(String wire) {
        this.wire = wire;
    }

    @Override
    @JsonValue
    public String wire() {
        return wire;
    }

    /** Null for null or ""; @throws IllegalArgumentException for an unknown value */
    @JsonCreator
    public static TeamStatus fromWire(String value) {
        return WireEnums.fromWire(TeamStatus.class, value);
    }
}
