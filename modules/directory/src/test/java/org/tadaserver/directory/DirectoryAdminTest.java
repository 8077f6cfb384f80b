package org.tadaserver.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tadaserver.bus.testing.Await.await;
import static org.tadaserver.bus.testing.Await.failsWith;

import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tadaserver.directory.admin.CreatedUser;
import org.tadaserver.protocol.ApiError;
import org.tadaserver.protocol.enums.TeamStatus;

class DirectoryAdminTest {
  static DirectoryFixture fx;

  @BeforeAll
  static void up() {
    fx = new DirectoryFixture();
  }

  @AfterAll
  static void down() {
    fx.close();
  }

  private static TeamStatus statusOf(CreatedUser u, UUID team) {
    return await(fx.service.membership(fx.caller(u), team)).status();
  }

  /** Verifies the ownership rule: the first admin of an ownerless team owns it, later admins are admins. */
  @Test
  void firstAdminBecomesOwner() {
    UUID team = await(fx.admin.createTeam("Made by CLI"));
    CreatedUser member = fx.user(team, false);
    assertEquals(TeamStatus.MEMBER, statusOf(member, team));
    CreatedUser first = fx.user(team, true);
    assertEquals(TeamStatus.OWNER, statusOf(first, team));
    CreatedUser second = fx.user(team, true);
    assertEquals(TeamStatus.ADMIN, statusOf(second, team));
    assertTrue(first.jid().startsWith("d-"));
    assertEquals(first.user(), await(fx.service.authenticate(first.token())).user());
  }

  /** Verifies addMember: joins another team with a new JID, and repeating it returns the same JID. */
  @Test
  void addMemberIsIdempotent() {
    UUID a = await(fx.admin.createTeam("A"));
    UUID b = await(fx.admin.createTeam("B"));
    String username = DirectoryFixture.unique("u");
    CreatedUser u = await(fx.admin.createUser(a, username, "secret", null, null, false));
    String jid = await(fx.admin.addMember(b, username, true));
    assertTrue(!jid.equals(u.jid()), "one contact per team");
    assertEquals(jid, await(fx.admin.addMember(b, username.toUpperCase(), true)));
    assertEquals(TeamStatus.OWNER, statusOf(u, b));
    assertEquals(u.user(), await(fx.service.authenticate(await(fx.admin.issueToken(username)))).user());
  }

  /** Verifies admin failures: unknown team or user, taken username, bad username, name or password. */
  @Test
  void failures() {
    UUID team = await(fx.admin.createTeam("F"));
    String username = DirectoryFixture.unique("taken");
    await(fx.admin.createUser(team, username, "secret", "A", "B", false));
    failsWith(ApiError.INVALID_DATA, fx.admin.createUser(team, username, "secret", null, null, false));
    failsWith(ApiError.INVALID_DATA, fx.admin.createUser(team, username.toUpperCase(), "secret", null, null, false));
    failsWith(ApiError.NOT_FOUND, fx.admin.createUser(UUID.randomUUID(), DirectoryFixture.unique("x"), "pw", null,
        null, false));
    failsWith(ApiError.INVALID_DATA, fx.admin.createUser(team, "has space", "pw", null, null, false));
    failsWith(ApiError.INVALID_DATA, fx.admin.createUser(team, "", "pw", null, null, false));
    failsWith(ApiError.INVALID_DATA, fx.admin.createUser(team, DirectoryFixture.unique("y"), "", null, null, false));
    failsWith(ApiError.INVALID_DATA, fx.admin.createUser(team, DirectoryFixture.unique("y"), "pw", "g".repeat(101),
        null, false));
    failsWith(ApiError.NOT_FOUND, fx.admin.addMember(UUID.randomUUID(), username, false));
    failsWith(ApiError.NOT_FOUND, fx.admin.addMember(team, "nobody-" + UUID.randomUUID(), false));
    failsWith(ApiError.NOT_FOUND, fx.admin.issueToken("nobody-" + UUID.randomUUID()));
    String phone = "+1 555 0100";
    await(fx.admin.createUser(team, DirectoryFixture.unique("p"), "pw", null, null, false, phone, null));
    assertEquals("phone", failsWith(ApiError.INVALID_DATA, fx.admin.createUser(team, DirectoryFixture.unique("p"),
        "pw", null, null, false, phone.replace(" ", "-"), null)).details().keySet().iterator().next());
    failsWith(ApiError.INVALID_DATA, fx.admin.createUser(team, DirectoryFixture.unique("p"), "pw", null, null, false,
        "call me", null));
    failsWith(ApiError.INVALID_DATA, fx.admin.createUser(team, DirectoryFixture.unique("p"), "pw", null, null, false,
        null, "no-at-sign"));
    failsWith(ApiError.INVALID_DATA, fx.admin.createTeam(" "));
    failsWith(ApiError.INVALID_DATA, fx.admin.createTeam("n".repeat(101)));
  }
}
