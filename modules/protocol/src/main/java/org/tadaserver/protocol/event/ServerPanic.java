package org.tadaserver.protocol.event;

/**
 * Params of {@code server.panic}: critical error. Removed from tdproto in 2021: do not send it (use
 * {@code server.warning} or {@code server.logout}); kept so old examples decode.
 *
 * @param debug nullable
 */
@EventName("server.panic")
public record ServerPanic(
        String code,
        String debug) {
}
