package org.tadaserver.directory;

import io.vertx.core.Future;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.tadaserver.protocol.model.Auth;
import org.tadaserver.protocol.model.Contact;
import org.tadaserver.protocol.model.Team;
import org.tadaserver.protocol.rest.ContactRequest;
import org.tadaserver.protocol.rest.TeamRequest;

/**
 * Accounts, tokens, teams and contacts. Served over the event bus at {@link #ADDRESS} (see {@code BusRpc}); the gateway
 * holds a {@code BusRpc.client} of it and never touches the database.
 *
 * <p>Every operation on behalf of a user takes the authenticated {@link Caller}. Failures are {@code ServiceException}s:
 * {@code INVALID_TOKEN} for a bad or revoked token, {@code NOT_FOUND} both for what does not exist and for what the caller
 * may not see (the same answer, so nothing leaks), {@code ACCESS_DENIED} for a visible object the caller may not change,
 * {@code INVALID_DATA} with field details for bad values. Every change that clients must hear of is pushed after commit
 * as {@code server.team.updated} / {@code server.contact.updated} / {@code server.login} deliveries.
 */
public interface DirectoryService {
  String ADDRESS = "tada.directory";

  /** Checks the password and issues a new token for the device; the user's open sessions get {@code server.login}. */
  Future<Auth> passwordLogin(String username, String password, String deviceName);

  /** Resolves a token to its user; {@code EMPTY_TOKEN} when blank, {@code INVALID_TOKEN} when unknown or revoked. */
  Future<Caller> authenticate(String token);

  /** Revokes the caller's token; its sockets get {@code server.logout} and are closed. */
  Future<Void> logout(Caller caller);

  /** The caller's membership in a team; {@code NOT_FOUND} when the team is unknown, archived or not the caller's. */
  Future<Membership> membership(Caller caller, UUID team);

  /** Teams the caller belongs to, each with its {@code me} contact and unread counters. */
  Future<List<Team>> teams(Caller caller);

  /** Creates a team with the caller as its owner (and the contacts listed in the request, if any). */
  Future<Team> createTeam(Caller caller, TeamRequest request);

  Future<Team> team(Caller caller, UUID team);

  /** Changes team settings; admins and the owner only. */
  Future<Team> updateTeam(Caller caller, UUID team, TeamRequest request);

  Future<List<Contact>> contacts(Caller caller, UUID team, ContactFilter filter);

  Future<Contact> contact(Caller caller, UUID team, String jid);

  /**
   * Adds an existing user (by {@code user_uid}, or by {@code phone} / {@code contact_email} of an existing account) to
   * the team, or returns the existing contact when that user is already in it. Admins and the owner only.
   */
  Future<Contact> addContact(Caller caller, UUID team, ContactRequest request);

  /** The caller's own settings and names, or an admin changing another contact's role and status. */
  Future<Contact> updateContact(Caller caller, UUID team, String jid, ContactRequest request);

  /** Archives a contact (it leaves the team); admins and the owner only, never the owner's own contact. */
  Future<Contact> archiveContact(Caller caller, UUID team, String jid);

  /**
   * Records when the contact {@code jid} was last seen online in {@code team} (it appears as the contact's
   * {@code last_activity}). Called by the presence service when a member's last session leaves; no client reaches it.
   * An unknown contact is ignored.
   */
  Future<Void> recordLastActivity(UUID team, String jid, Instant at);
}
