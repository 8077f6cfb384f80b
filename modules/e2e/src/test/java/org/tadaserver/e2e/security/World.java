package org.tadaserver.e2e.security;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.tadaserver.directory.admin.CreatedUser;
import org.tadaserver.testkit.TadaClient;
import org.tadaserver.testkit.TestNode;

/**
 * The fixture of the matrix, made once per class on one node: a team (made over REST by its owner, so the owner is a
 * real {@code owner}) with a team admin and plain members, a second team with its own admin (the stranger), a spare
 * team member who is in the group but is none of the callers, and an account whose token has been logged out. The
 * chats and the other objects are in {@link Objects}.
 */
final class World implements AutoCloseable {
  /** One account as the matrix uses it: its login name, user uuid, contact JID in its team and a token. */
  record Account(String username, UUID user, String jid, String token) {}

  private static final AtomicInteger SEQ = new AtomicInteger();
  private final TestNode node;
  private final UUID team;
  private final UUID otherTeam;
  private final Map<Kind, Account> accounts = new EnumMap<>(Kind.class);
  private final Account spare;
  private final Objects main;
  private final Visibility seen = new Visibility();

  World() {
    node = TestNode.start();
    UUID lobby = node.admin().createTeam();
    Account owner = newAccount(lobby, false);
    team = UUID.fromString(TadaClient.of(node.baseUrl()).withToken(owner.token())
        .post("/api/v4/teams", Map.of("name", "matrix " + UUID.randomUUID().toString().substring(0, 6)))
        .result().path("uid").asText());
    String ownerJid = node.admin().addMember(team, owner.username(), false);
    accounts.put(Kind.OWNER, new Account(owner.username(), owner.user(), ownerJid, owner.token()));
    otherTeam = node.admin().createTeam();
    accounts.put(Kind.STRANGER, newAccount(otherTeam, true));
    accounts.put(Kind.TEAM_ADMIN, newAccount(team, true));
    for (Kind plain : new Kind[] {Kind.OUTSIDER, Kind.MEMBER, Kind.CHAT_ADMIN, Kind.REVOKED}) {
      accounts.put(plain, newAccount(team, false));
    }
    accounts.put(Kind.NONE, new Account("", null, "", null));
    accounts.put(Kind.BAD, new Account("", null, "", "bad" + UUID.randomUUID().toString().replace("-", "")));
    spare = newAccount(team, false);
    as(Kind.REVOKED).post("/api/v4/auth/logout", Map.of()).result();
    main = new Objects(this);
    seen.allowTeam(team.toString(), Visibility.TEAM_KINDS);
    seen.allowTeam(otherTeam.toString(), EnumSet.of(Kind.STRANGER));
    seen.allowTeam(lobby.toString(), EnumSet.of(Kind.OWNER));
    seen.allow(owner.jid(), EnumSet.of(Kind.OWNER));
    seen.allow(account(Kind.STRANGER).jid(), EnumSet.of(Kind.STRANGER));
    for (Kind kind : new Kind[] {Kind.OWNER, Kind.TEAM_ADMIN, Kind.OUTSIDER, Kind.MEMBER, Kind.CHAT_ADMIN,
        Kind.REVOKED}) {
      seen.allow(account(kind).jid(), Visibility.TEAM_KINDS);
    }
    seen.allow(spare.jid(), Visibility.TEAM_KINDS);
  }

  private Account newAccount(UUID in, boolean admin) {
    String username = "authz" + SEQ.incrementAndGet() + "-" + UUID.randomUUID().toString().substring(0, 8);
    CreatedUser user = node.admin().createUser(in, username, "secret-" + username, admin);
    return new Account(username, user.user(), user.jid(), user.token());
  }

  /** Who may hear of which of the world's objects. */
  Visibility seen() {
    return seen;
  }

  TestNode node() {
    return node;
  }

  /** The team of the matrix. */
  UUID team() {
    return team;
  }

  /** The stranger's team. */
  UUID otherTeam() {
    return otherTeam;
  }

  Account account(Kind kind) {
    return accounts.get(kind);
  }

  Account spare() {
    return spare;
  }

  /** The objects every refusal is tried on. */
  Objects main() {
    return main;
  }

  /** A new set of objects, for a cell whose allowed answer destroys them. */
  Objects fresh() {
    return new Objects(this);
  }

  /** A client with the caller's token (none for {@link Kind#NONE}). */
  TadaClient as(Kind kind) {
    return TadaClient.of(node.baseUrl()).withToken(accounts.get(kind).token());
  }

  /** A client with a new token of the caller's account, for a cell that revokes the token it is called with. */
  TadaClient asWithNewToken(Kind kind) {
    return TadaClient.of(node.baseUrl()).withToken(node.admin().issueToken(accounts.get(kind).username()));
  }

  /** {@code /api/v4/teams/<team><rest>} */
  String teamPath(String rest) {
    return "/api/v4/teams/" + team + rest;
  }

  @Override
  public void close() {
    node.close();
  }
}
