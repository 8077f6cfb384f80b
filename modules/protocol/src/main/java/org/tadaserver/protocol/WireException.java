package org.tadaserver.protocol;

/**
 * Input that is not valid protocol JSON: malformed text, a wrong type, a bad JID or timestamp, or a params object
 * that breaks a record's invariant. Callers map it once (WebSocket: {@code server.warning}; REST: {@code INVALID_DATA}
 * or {@code BAD_REQUEST}).
 */
public class WireException extends IllegalArgumentException {

    public WireException(String message, Throwable cause) {
        super(message, cause);
    }

    public WireException(String message) {
        super(message);
    }
}
