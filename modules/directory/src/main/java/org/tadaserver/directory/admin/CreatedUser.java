package org.tadaserver.directory.admin;

import java.util.UUID;

/**
 * An account made by {@link DirectoryAdmin#createUser}.
 *
 * @param user the account's uuid
 * @param jid its contact JID in the team it was made in ({@code d-<contact uuid>})
 * @param token a fresh API token for it, shown only here
 */
public record CreatedUser(UUID user, String jid, String token) {}
