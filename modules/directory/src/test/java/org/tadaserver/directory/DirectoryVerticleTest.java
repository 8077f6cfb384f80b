package org.tadaserver.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tadaserver.bus.testing.Await.await;
import static org.tadaserver.directory.DirectoryFixture.contactRequest;
import static org.tadaserver.bus.testing.Await.failsWith;
import static org.tadaserver.directory.DirectoryFixture.teamRequest;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tadaserver.bus.BusRpc;
import org.tadaserver.bus.ServiceException;
import org.tadaserver.directory.admin.CreatedUser;
import org.tadaserver.protocol.ApiError;
import org.tadaserver.protocol.Limits;
import org.tadaserver.protocol.enums.TeamStatus;
import org.tadaserver.protocol.model.Auth;
import org.tadaserver.protocol.model.Contact;
import org.tadaserver.protocol.model.Team;
import org.tadaserver.store.account.UserRepository;

/** The directory as the gateway sees it: served by {@link DirectoryVerticle}, called through a BusRpc client. */
class DirectoryVerticleTest {
  static DirectoryFixture fx;
  static DirectoryService client;
  static String deployment;

  @BeforeAll
  static void up() {
    fx = new DirectoryFixture();
    deployment = await(fx.vertx.deployVerticle(new DirectoryVerticle(fx.db.database(), Limits.DEFAULTS)));
    client = BusRpc.client(fx.vertx, DirectoryService.class, DirectoryService.ADDRESS);
  }

  @AfterAll
  static void down() {
    fx.close();
  }

  /** Verifies a login, a token check and team calls through the bus, with typed results decoded on the client side. */
  @Test
  void loginAndTeamsOverTheBus() {
    DirectoryFixture.Members t = fx.team();
    String name = await(new UserRepository(fx.db.database().pool()).get(t.owner().user())).username();
    Auth auth = await(client.passwordLogin(name, "pw-" + name, "bus"));
    Caller caller = await(client.authenticate(auth.token()));
    assertEquals(t.owner().user(), caller.user());
    List<Team> teams = await(client.teams(caller));
    assertEquals(t.team().toString(), teams.get(0).uid());
    assertEquals(TeamStatus.OWNER, teams.get(0).me().status());
    Team made = await(client.createTeam(caller, teamRequest("{'name':'Over the bus'}")));
    assertTrue(made.me().canAddToTeam());
    Membership m = await(client.membership(caller, UUID.fromString(made.uid())));
    assertEquals(TeamStatus.OWNER, m.status());
    List<Contact> contacts = await(client.contacts(caller, t.team(), ContactFilter.ALL));
    assertEquals(1, contacts.size());
    await(client.logout(caller));
    failsWith(ApiError.INVALID_TOKEN, client.authenticate(auth.token()));
  }

  /** Verifies that ServiceExceptions cross the bus with their code, message and field details. */
  @Test
  void serviceExceptionsCrossTheBus() {
    failsWith(ApiError.EMPTY_TOKEN, client.authenticate(""));
    failsWith(ApiError.INVALID_TOKEN, client.authenticate("forged"));
    DirectoryFixture.Members t = fx.team();
    CreatedUser member = fx.user(t.team(), false);
    Caller m = await(client.authenticate(member.token()));
    ServiceException tooLong = failsWith(ApiError.INVALID_DATA, client.updateContact(m, t.team(), member.jid(),
        contactRequest("{'role':'" + "r".repeat(101) + "'}")));
    assertEquals(Map.of("role", "at most 100 characters"), tooLong.details());
    failsWith(ApiError.ACCESS_DENIED, client.archiveContact(m, t.team(), t.owner().jid()));
    failsWith(ApiError.NOT_FOUND, client.team(m, UUID.randomUUID()));
  }

  /** Verifies that undeploying the verticle takes the service off the bus. */
  @Test
  void undeployUnregisters() {
    DirectoryFixture.Members t = fx.team();
    String second = await(fx.vertx.deployVerticle(new DirectoryVerticle(fx.db.database(), Limits.DEFAULTS)));
    await(fx.vertx.undeploy(second));
    assertEquals(t.owner().user(), await(client.authenticate(t.owner().token())).user(), "the first one still serves");
  }
}
