package org.tadaserver.protocol.enums;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** State of the 2FA recovery setup ({@code recovery_status}). */
public enum RecoveryStatus2fa implements WireEnum {
    UNKNOWN("unknown"),
    UNCONFIRMED("unconfirmed"),
    CONFIRMED("confirmed"),
    DECLINED("declined");

    private final String wire;

    RecoveryStatus2fa(String wire) {
        this.wire = wire;
    }

    @Override
    @JsonValue
    public String wire() {
        return wire;
    }

    /** Null for null or ""; @throws IllegalArgumentException for an unknown value */
    @JsonCreator
    public static RecoveryStatus2fa fromWire(String value) {
        return WireEnums.fromWire(RecoveryStatus2fa.class, value);
    }
}
