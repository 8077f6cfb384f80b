package org.tadaserver.directory;

import java.util.UUID;

/**
 * Who is calling, as proven by a token.
 *
 * @param user the account
 * @param token the id of the token row (not the token), so a logout can revoke exactly this one
 */
public record Caller(UUID user, UUID token) {}
