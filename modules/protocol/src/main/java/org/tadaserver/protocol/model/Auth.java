package org.tadaserver.protocol.model;

/**
 * Result of a token request ({@code /api/v4/auth/.../get-token}). When {@code required2fa} is true a second 2FA
 * step must follow before the token is usable.
 *
 * @param token the session token (header {@code token})
 * @param me the account
 * @param required2fa a 2FA step is required
 * @param recovery2fa 2FA recovery is possible
 * @param method2fa 2FA method, empty when none
 */
public record Auth(
        String token,
        UserWithMe me,
        boolean required2fa,
        boolean recovery2fa,
        String method2fa) {
}
