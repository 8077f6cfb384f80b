package org.tadaserver.protocol.enums;

import java.util.EnumSet;

/** Lookup from wire strings to enum constants, shared by every enum in this package. */
public final class WireEnums {

    private WireEnums() {
    }

    /**
     * Finds the constant whose {@link WireEnum#wire()} string equals {@code value}. Null and "" (Go's zero value of a
     * string enum) give null, so an absent or empty key reads as "not given".
     *
     * @throws IllegalArgumentException if no constant matches
     */
    public static <E extends Enum<E> & WireEnum> E fromWire(Class<E> type, String value) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        for (E constant : EnumSet.allOf(type)) {
            if (constant.wire().equals(value)) {
                return constant;
            }
        }
        throw new IllegalArgumentException("unknown " + type.getSimpleName() + ": " + value);
    }
}
