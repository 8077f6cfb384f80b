package org.tadaserver.protocol.enums;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Background operation reported by {@code server.processing}. */
public enum ActionType implements WireEnum {
    CONTACT_IMPORT("contact_import"),
    TASK_IMPORT("task_import"),
    ARCHIVE_UNPACKING("archive_unpacking"),
    GENERATE_CHAT("generate_chat");

    private final String wire;

    ActionType(String wire) {
        this.wire = wire;
    }

    @Override
    @JsonValue
    public String wire() {
        return wire;
    }

    /** Null for null or ""; @throws IllegalArgumentException for an unknown value */
    @JsonCreator
    public static ActionType fromWire(String value) {
        return WireEnums.fromWire(ActionType.class, value);
    }
}
