package org.tadaserver.protocol.rest;

/**
 * Body of {@code POST /api/v4/auth/password/get-token}.
 *
 * Lenient: every key is optional, null and "" read as "not given" (for JIDs and enums too), so the same record
 * serves create and partial update.
 *
 * @param username phone, email or login
 */
public record PasswordLoginRequest(
        String username,
        String password) {
}
