package org.tadaserver.directory.service;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.tadaserver.bus.ServiceException;
import org.tadaserver.directory.Caller;
import org.tadaserver.directory.ContactFilter;
import org.tadaserver.directory.DirectoryService;
import org.tadaserver.directory.Membership;
import org.tadaserver.protocol.ApiError;
import org.tadaserver.protocol.Limits;
import org.tadaserver.protocol.model.Auth;
import org.tadaserver.protocol.model.Contact;
import org.tadaserver.protocol.model.Team;
import org.tadaserver.protocol.rest.ContactRequest;
import org.tadaserver.protocol.rest.TeamRequest;
import org.tadaserver.store.db.Database;

/**
 * The directory on a {@link Database}. Every failure reaches the caller as a {@code ServiceException} with the codes
 * {@link DirectoryService} documents: checks that throw become failed futures, store failures are mapped once
 * ({@link Failures}), and a missing request body is {@code BAD_REQUEST}. Changes are pushed with
 * {@code Deliveries.publish} after their transaction commits.
 */
public final class DirectoryServiceImpl implements DirectoryService {
  private final AuthOps auth;
  private final TeamOps teams;
  private final ContactOps contacts;

  public DirectoryServiceImpl(Vertx vertx, Database database, Limits limits) {
    Objects.requireNonNull(vertx, "vertx");
    Objects.requireNonNull(limits, "limits");
    this.teams = new TeamOps(vertx, database.pool(), limits);
    this.auth = new AuthOps(vertx, database.pool(), teams);
    this.contacts = new ContactOps(vertx, database.pool(), limits);
  }

  /** With the default {@link Limits}. */
  public DirectoryServiceImpl(Vertx vertx, Database database) {
    this(vertx, database, Limits.DEFAULTS);
  }

  @Override
  public Future<Auth> passwordLogin(String username, String password, String deviceName) {
    return call(() -> auth.passwordLogin(username, password, deviceName));
  }

  @Override
  public Future<Caller> authenticate(String token) {
    return call(() -> auth.authenticate(token));
  }

  @Override
  public Future<Void> logout(Caller caller) {
    return call(() -> auth.logout(caller));
  }

  @Override
  public Future<Membership> membership(Caller caller, UUID team) {
    return call(() -> teams.membership(required(caller), team));
  }

  @Override
  public Future<List<Team>> teams(Caller caller) {
    return call(() -> teams.teams(required(caller)));
  }

  @Override
  public Future<Team> createTeam(Caller caller, TeamRequest request) {
    return call(() -> teams.createTeam(required(caller), required(request, "team")));
  }

  @Override
  public Future<Team> team(Caller caller, UUID team) {
    return call(() -> teams.team(required(caller), team));
  }

  @Override
  public Future<Team> updateTeam(Caller caller, UUID team, TeamRequest request) {
    return call(() -> teams.updateTeam(required(caller), team, required(request, "team")));
  }

  @Override
  public Future<List<Contact>> contacts(Caller caller, UUID team, ContactFilter filter) {
    return call(() -> contacts.contacts(required(caller), team, filter));
  }

  @Override
  public Future<Contact> contact(Caller caller, UUID team, String jid) {
    return call(() -> contacts.contact(required(caller), team, jid));
  }

  @Override
  public Future<Contact> addContact(Caller caller, UUID team, ContactRequest request) {
    return call(() -> contacts.addContact(required(caller), team, required(request, "contact")));
  }

  @Override
  public Future<Contact> updateContact(Caller caller, UUID team, String jid, ContactRequest request) {
    return call(() -> contacts.updateContact(required(caller), team, jid, required(request, "contact")));
  }

  @Override
  public Future<Contact> archiveContact(Caller caller, UUID team, String jid) {
    return call(() -> contacts.archiveContact(required(caller), team, jid));
  }

  @Override
  public Future<Void> recordLastActivity(UUID team, String jid, Instant at) {
    return call(() -> contacts.recordLastActivity(team, jid, at));
  }

  private static <T> Future<T> call(Callable<Future<T>> body) {
    return Failures.mapped(Futures.attempt(body));
  }

  private static Caller required(Caller caller) {
    if (caller == null || caller.user() == null) {
      throw new ServiceException(ApiError.EMPTY_TOKEN, "no caller");
    }
    return caller;
  }

  private static <T> T required(T request, String what) {
    if (request == null) {
      throw ServiceException.badRequest("a " + what + " body is required");
    }
    return request;
  }
}
