package org.tadaserver.protocol.enums;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Billing status of a team's owner account ({@code Team.account_status}). */
public enum PersonalAccountStatus implements WireEnum {
    PERSONAL_ACCOUNT_STATUS_UNSPECIFIED("PERSONAL_ACCOUNT_STATUS_UNSPECIFIED"),
    PERSONAL_ACCOUNT_STATUS_ACTIVE("PERSONAL_ACCOUNT_STATUS_ACTIVE"),
    PERSONAL_ACCOUNT_STATUS_SUSPENDED("PERSONAL_ACCOUNT_STATUS_SUSPENDED"),
    PERSONAL_ACCOUNT_STATUS_BLOCKED("PERSONAL_ACCOUNT_STATUS_BLOCKED");

    private final String wire;

    PersonalAccountStatus(String wire) {
        this.wire = wire;
    }

    @Override
    @JsonValue
    public String wire() {
        return wire;
    }

    /** Null for null or ""; @throws IllegalArgumentException for an unknown value */
    @JsonCreator
    public static PersonalAccountStatus fromWire(String value) {
        return WireEnums.fromWire(PersonalAccountStatus.class, value);
    }
}
