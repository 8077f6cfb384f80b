package org.tadaserver.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tadaserver.bus.testing.Await.await;
import static org.tadaserver.bus.testing.Await.failsWith;
import static org.tadaserver.directory.DirectoryFixture.isEvent;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tadaserver.bus.Delivery;
import org.tadaserver.bus.ServiceException;
import org.tadaserver.directory.admin.CreatedUser;
import org.tadaserver.protocol.ApiError;
import org.tadaserver.protocol.Envelope;
import org.tadaserver.protocol.Wire;
import org.tadaserver.protocol.model.Auth;
import org.tadaserver.protocol.model.Team;
import org.tadaserver.store.account.UserRepository;

class AuthTest {
  static DirectoryFixture fx;

  @BeforeAll
  static void up() {
    fx = new DirectoryFixture();
  }

  @AfterAll
  static void down() {
    fx.close();
  }

  private static String username(CreatedUser u) {
    return await(new UserRepository(fx.db.database().pool()).get(u.user())).username();
  }

  /** Verifies that a password login issues a working token and returns the account with its teams and me. */
  @Test
  void passwordLoginReturnsTokenAndTeams() {
    DirectoryFixture.Members t = fx.team();
    String name = username(t.owner());
    Auth auth = await(fx.service.passwordLogin(name, "pw-" + name, "laptop"));
    assertEquals(43, auth.token().length());
    assertNotEquals(t.owner().token(), auth.token());
    assertEquals(t.owner().user(), await(fx.service.authenticate(auth.token())).user());
    assertFalse(auth.required2fa());
    Team team = auth.me().teams().get(0);
    assertEquals(t.team().toString(), team.uid());
    assertTrue(team.me().canAddToTeam(), "the owner can add to the team");
    assertEquals(t.owner().jid(), team.me().jid().toString());
    JsonNode json = Wire.mapper().valueToTree(auth);
    assertEquals("UTC", json.path("me").path("timezone").asText());
    assertTrue(json.path("me").path("devices").isArray());
  }

  /** Verifies that usernames match ignoring case and surrounding spaces. */
  @Test
  void usernameIgnoresCase() {
    DirectoryFixture.Members t = fx.team();
    String name = username(t.owner());
    assertEquals(t.owner().user(),
        await(fx.service.authenticate(await(fx.service.passwordLogin(" " + name.toUpperCase() + " ", "pw-" + name,
            "")).token())).user());
  }

  /** Verifies that a wrong password and an unknown user get the same INVALID_DATA answer. */
  @Test
  void wrongPasswordAndUnknownUserLookAlike() {
    DirectoryFixture.Members t = fx.team();
    String name = username(t.owner());
    ServiceException wrong = failsWith(ApiError.INVALID_DATA, fx.service.passwordLogin(name, "nope", "x"));
    ServiceException unknown = failsWith(ApiError.INVALID_DATA, fx.service.passwordLogin("no-such-user", "nope", "x"));
    assertEquals(wrong.getMessage(), unknown.getMessage());
    assertEquals(wrong.details(), unknown.details());
    assertFalse(wrong.getMessage().contains("nope"));
    failsWith(ApiError.INVALID_DATA, fx.service.passwordLogin(name, "", "x"));
    failsWith(ApiError.INVALID_DATA, fx.service.passwordLogin("", "pw", "x"));
    failsWith(ApiError.INVALID_DATA, fx.service.passwordLogin(null, null, null));
  }

  /** Verifies that an archived account cannot log in. */
  @Test
  void archivedAccountCannotLogIn() {
    DirectoryFixture.Members t = fx.team();
    String name = username(t.owner());
    await(new UserRepository(fx.db.database().pool()).archive(t.owner().user()));
    failsWith(ApiError.INVALID_DATA, fx.service.passwordLogin(name, "pw-" + name, "x"));
  }

  /** Verifies token checks: blank is EMPTY_TOKEN, unknown and malformed are INVALID_TOKEN. */
  @Test
  void authenticateRejectsBadTokens() {
    failsWith(ApiError.EMPTY_TOKEN, fx.service.authenticate(null));
    failsWith(ApiError.EMPTY_TOKEN, fx.service.authenticate(""));
    failsWith(ApiError.EMPTY_TOKEN, fx.service.authenticate("   "));
    failsWith(ApiError.INVALID_TOKEN, fx.service.authenticate("not-a-token"));
    failsWith(ApiError.INVALID_TOKEN, fx.service.authenticate("A".repeat(43)));
    failsWith(ApiError.INVALID_TOKEN, fx.service.authenticate("x".repeat(10_000)));
  }

  /**
   * Verifies that logout revokes exactly the caller's token, that a revoked token stays refused, and that logging out
   * a token twice, someone else's token, or no token is INVALID_TOKEN.
   */
  @Test
  void logoutRevokesOnlyThatToken() {
    DirectoryFixture.Members t = fx.team();
    String name = username(t.owner());
    Auth phone = await(fx.service.passwordLogin(name, "pw-" + name, "phone"));
    Caller laptop = fx.caller(t.owner());
    await(fx.service.logout(laptop));
    failsWith(ApiError.INVALID_TOKEN, fx.service.authenticate(t.owner().token()));
    assertEquals(t.owner().user(), await(fx.service.authenticate(phone.token())).user());
    failsWith(ApiError.INVALID_TOKEN, fx.service.logout(laptop));
    Caller phoneCaller = await(fx.service.authenticate(phone.token()));
    failsWith(ApiError.INVALID_TOKEN, fx.service.logout(new Caller(UUID.randomUUID(), phoneCaller.token())));
    assertEquals(t.owner().user(), await(fx.service.authenticate(phone.token())).user());
    failsWith(ApiError.INVALID_TOKEN, fx.service.logout(new Caller(t.owner().user(), null)));
    failsWith(ApiError.INVALID_TOKEN, fx.service.logout(new Caller(t.owner().user(), UUID.randomUUID())));
  }

  /** Verifies the pushes: server.login with the device name on login, server.logout on logout, to the user only. */
  @Test
  void loginAndLogoutArePushedToTheUser() {
    DirectoryFixture.Members t = fx.team();
    String name = username(t.owner());
    await(fx.service.passwordLogin(name, "pw-" + name, "Work laptop"));
    List<Delivery> logins = fx.awaitDeliveries(d -> d.users().equals(List.of(t.owner().user()))
        && isEvent(d, "server.login"));
    assertEquals(1, logins.size());
    assertEquals(null, logins.get(0).team());
    assertEquals("Work laptop", Envelope.parse(logins.get(0).event()).params().path("device_name").asText());
    await(fx.service.logout(fx.caller(t.owner())));
    Delivery logout = fx.awaitDeliveries(d -> d.users().equals(List.of(t.owner().user()))
        && isEvent(d, "server.logout")).get(0);
    assertEquals(null, logout.team());
    assertFalse(Envelope.parse(logout.event()).params().path("reason").asText().isEmpty());
  }
}
