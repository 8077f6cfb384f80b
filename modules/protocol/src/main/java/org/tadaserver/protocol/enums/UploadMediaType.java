package org.tadaserver.protocol.enums;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Kind of an upload ({@code Upload.type}). tdproto's String() prints "fileimage" for IMAGEFILE but JSON carries {@code imagefile}. */
public enum UploadMediaType implements WireEnum {
    FILE("file"),
    IMAGE("image"),
    VIDEO("video"),
    AUDIO("audio"),
    IMAGEFILE("imagefile");

    private final String wire;

    UploadMediaType(String wire) {
        this.wire = wire;
    }

    @Override
    @JsonValue
    public String wire() {
        return wire;
    }

    /** Null for null or ""; @throws IllegalArgumentException for an unknown value */
    @JsonCreator
    public static UploadMediaType fromWire(String value) {
        return WireEnums.fromWire(UploadMediaType.class, value);
    }
}
