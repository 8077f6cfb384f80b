package org.tadaserver.protocol.enums;

/** An enum whose JSON form is a fixed string (usually the lowercase constant name). */
public interface WireEnum {

    /** The exact string used on the wire. */
    String wire();
}
