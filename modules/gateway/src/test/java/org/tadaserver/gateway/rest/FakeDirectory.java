package org.tadaserver.gateway.rest;

import io.vertx.core.Future;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.tadaserver.bus.ServiceException;
import org.tadaserver.directory.Caller;
import org.tadaserver.directory.ContactFilter;
import org.tadaserver.directory.DirectoryService;
import org.tadaserver.directory.Membership;
import org.tadaserver.protocol.ApiError;
import org.tadaserver.protocol.Jid;
import org.tadaserver.protocol.enums.TeamStatus;
import org.tadaserver.protocol.model.Auth;
import org.tadaserver.protocol.model.Contact;
import org.tadaserver.protocol.model.Team;
import org.tadaserver.protocol.model.UserWithMe;
import org.tadaserver.protocol.rest.ContactRequest;
import org.tadaserver.protocol.rest.TeamRequest;

/**
 * A hand-written stand-in for the directory: one valid token, canned results, a record of every call, and a switch
 * that makes the next data call fail with a chosen exception. It lets the REST layer be tested without a database.
 */
final class FakeDirectory implements DirectoryService {
  static final String TOKEN = "good-token";
  final Caller caller = new Caller(UUID.randomUUID(), UUID.randomUUID());
  final List<Object[]> calls = new CopyOnWriteArrayList<>();
  volatile RuntimeException nextFailure;

  /** The arguments of the last call of {@code method}, or null when it was not called. */
  Object[] last(String method) {
    for (int i = calls.size() - 1; i >= 0; i--) {
      if (calls.get(i)[0].equals(method)) {
        return calls.get(i);
      }
    }
    return null;
  }

  private <T> Future<T> answer(T value, Object... call) {
    calls.add(call);
    RuntimeException failure = nextFailure;
    if (failure != null) {
      nextFailure = null;
      return Future.failedFuture(failure);
    }
    return Future.succeededFuture(value);
  }

  static Team team(UUID uid, String name) {
    return Team.builder().uid(uid.toString()).name(name).userFields(List.of()).build();
  }

  static Contact contact(String jid) {
    return Contact.builder().jid(Jid.parse(jid)).displayName("Alice").build();
  }

  @Override
  public Future<Auth> passwordLogin(String username, String password, String deviceName) {
    Auth auth = new Auth("issued-" + username, UserWithMe.builder().build(), false, false, "");
    return answer(auth, "passwordLogin", username, password, deviceName);
  }

  @Override
  public Future<Caller> authenticate(String token) {
    calls.add(new Object[] {"authenticate", token});
    if (TOKEN.equals(token)) {
      return Future.succeededFuture(caller);
    }
    return Future.failedFuture(new ServiceException(ApiError.INVALID_TOKEN, "unknown or revoked token"));
  }

  @Override
  public Future<Void> logout(Caller caller) {
    return answer(null, "logout", caller);
  }

  @Override
  public Future<Membership> membership(Caller caller, UUID team) {
    return answer(new Membership(team, caller.user(), UUID.randomUUID(), TeamStatus.MEMBER), "membership", caller, team);
  }

  @Override
  public Future<List<Team>> teams(Caller caller) {
    return answer(List.of(team(UUID.randomUUID(), "One")), "teams", caller);
  }

  @Override
  public Future<Team> createTeam(Caller caller, TeamRequest request) {
    return answer(team(UUID.randomUUID(), request.name()), "createTeam", caller, request);
  }

  @Override
  public Future<Team> team(Caller caller, UUID team) {
    return answer(team(team, "One"), "team", caller, team);
  }

  @Override
  public Future<Team> updateTeam(Caller caller, UUID team, TeamRequest request) {
    return answer(team(team, request.name()), "updateTeam", caller, team, request);
  }

  @Override
  public Future<List<Contact>> contacts(Caller caller, UUID team, ContactFilter filter) {
    return answer(List.of(contact("d-" + caller.user())), "contacts", caller, team, filter);
  }

  @Override
  public Future<Contact> contact(Caller caller, UUID team, String jid) {
    return answer(contact(jid), "contact", caller, team, jid);
  }

  @Override
  public Future<Contact> addContact(Caller caller, UUID team, ContactRequest request) {
    return answer(contact("d-" + UUID.randomUUID()), "addContact", caller, team, request);
  }

  @Override
  public Future<Contact> updateContact(Caller caller, UUID team, String jid, ContactRequest request) {
    return answer(contact(jid), "updateContact", caller, team, jid, request);
  }

  @Override
  public Future<Contact> archiveContact(Caller caller, UUID team, String jid) {
    return answer(contact(jid), "archiveContact", caller, team, jid);
  }

  @Override
  public Future<Void> recordLastActivity(UUID team, String jid, Instant at) {
    return answer(null, "recordLastActivity", team, jid, at);
  }
}
