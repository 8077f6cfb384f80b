package org.tadaserver.gateway.ws;

import java.util.UUID;
import org.tadaserver.directory.Caller;
import org.tadaserver.directory.Membership;
import org.tadaserver.protocol.Jid;

/**
 * Who is on the other end of a session, as proven at the upgrade.
 *
 * @param caller the user and the id of the token row
 * @param token the token itself, kept so the gateway can re-check it when a {@code server.logout} names its user
 * @param membership the user's place in the session's team
 */
public record Identity(Caller caller, String token, Membership membership) {
  public UUID user() {
    return caller.user();
  }

  public UUID team() {
    return membership.team();
  }

  /** The user's contact JID in the session's team ({@code d-<contact uuid>}). */
  public Jid contact() {
    return Jid.contact(membership.contact());
  }
}
