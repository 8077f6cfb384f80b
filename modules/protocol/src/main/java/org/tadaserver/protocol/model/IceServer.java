package org.tadaserver.protocol.model;

import org.tadaserver.protocol.OmitEmpty;

/**
 * A WebRTC ICE server advertised in features. {@code urls} is a single string, not an array: tdclient's Go
 * decoder fails on the whole features object otherwise.
 *
 * @param urls one STUN/TURN URL
 * @param username TURN user name
 * @param credential TURN credential
 */
public record IceServer(
        String urls,
        @OmitEmpty String username,
        @OmitEmpty String credential) {
}
