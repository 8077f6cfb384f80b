package org.tadaserver.protocol.enums;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** A contact's public status ({@code public_status.status}). */
public enum PublicStatusType implements WireEnum {
    NONE("none"),
    REMOTE("remote"),
    VACATION("vacation"),
    SICK("sick"),
    COMMUTING("commuting"),
    DO_NOT_DISTURB("do_not_disturb"),
    LUNCH("lunch"),
    BE_RIGHT_BACK("be_right_back");

    private final String wire;

    PublicStatusType(String wire) {
        this.wire = wire;
    }

    @Override
    @JsonValue
    public String wire() {
        return wire;
    }

    /** Null for null or ""; @throws IllegalArgumentException for an unknown value */
    @JsonCreator
    public static PublicStatusType fromWire(String value) {
        return WireEnums.fromWire(PublicStatusType.class, value);
    }
}
