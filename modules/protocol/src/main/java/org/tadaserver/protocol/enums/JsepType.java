package org.tadaserver.protocol.enums;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** WebRTC session description type in a {@code jsep} object. */
public enum JsepType implements WireEnum {
    OFFER("offer"),
    ANSWER("answer"),
    PRANSWER("pranswer"),
    ROLLBACK("rollback");

    private final String wire;

    JsepType(String wire) {
        this.wire = wire;
    }

    @Override
    @JsonValue
    public String wire() {
        return wire;
    }

    /** Null for null or ""; @throws IllegalArgumentException for an unknown value */
    @JsonCreator
    public static JsepType fromWire(String value) {
        return WireEnums.fromWire(JsepType.class, value);
    }
}
