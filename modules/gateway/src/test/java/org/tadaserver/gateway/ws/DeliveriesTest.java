package org.tadaserver.gateway.ws;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tadaserver.bus.Delivery;
import org.tadaserver.protocol.event.Events;
import org.tadaserver.protocol.event.ServerDebug;
import org.tadaserver.protocol.event.ServerLogin;
import org.tadaserver.protocol.event.ServerLogout;

/** Deliveries published on the bus reach exactly the sessions they address; server.logout closes only revoked ones. */
class DeliveriesTest {
  private static WsFixture fixture;
  private final UUID team = UUID.randomUUID();
  private final UUID otherTeam = UUID.randomUUID();

  @BeforeAll
  static void start() {
    fixture = new WsFixture();
  }

  @AfterAll
  static void stop() {
    fixture.close();
  }

  /** Verifies that a team delivery reaches every session of the team and none of another team. */
  @Test
  void teamDeliveryReachesTheTeamOnly() {
    WsProbe a = open(team, fixture.member(team));
    WsProbe b = open(team, fixture.member(team));
    WsProbe outsider = open(otherTeam, fixture.member(otherTeam));
    fixture.publish(Delivery.toTeam(team, debug("to team")));
    assertEquals("to team", text(a.expect("server.debug")));
    assertEquals("to team", text(b.expect("server.debug")));
    outsider.expectNothing(300);
  }

  /** Verifies that a user delivery in a team reaches both sessions of that user there, not their other team, not others. */
  @Test
  void userDeliveryInTeamReachesAllTheUsersSessionsThere() {
    UUID user = UUID.randomUUID();
    fixture.directory.join(user, team);
    fixture.directory.join(user, otherTeam);
    WsProbe phone = open(team, fixture.directory.issue(user));
    WsProbe desktop = open(team, fixture.directory.issue(user));
    WsProbe elsewhere = open(otherTeam, fixture.directory.issue(user));
    WsProbe colleague = open(team, fixture.member(team));
    fixture.publish(Delivery.toUser(team, user, debug("for you")));
    assertEquals("for you", text(phone.expect("server.debug")));
    assertEquals("for you", text(desktop.expect("server.debug")));
    elsewhere.expectNothing(200);
    colleague.expectNothing(200);
  }

  /** Verifies that a delivery without a team reaches the user's sessions in every team (server.login). */
  @Test
  void teamlessDeliveryReachesEveryTeam() {
    UUID user = UUID.randomUUID();
    fixture.directory.join(user, team);
    fixture.directory.join(user, otherTeam);
    WsProbe here = open(team, fixture.directory.issue(user));
    WsProbe there = open(otherTeam, fixture.directory.issue(user));
    fixture.publish(new Delivery(null, List.of(user), Events.toJson(new ServerLogin("new phone"))));
    assertEquals("new phone", here.expect("server.login").path("params").path("device_name").asText());
    assertEquals("new phone", there.expect("server.login").path("params").path("device_name").asText());
  }

  /** Verifies that the events of one batch reach a session in batch order. */
  @Test
  void batchOrderIsKept() {
    WsProbe probe = open(team, fixture.member(team));
    fixture.publish(Delivery.toTeam(team, debug("1")), Delivery.toTeam(team, debug("2")), Delivery.toTeam(team, debug("3")));
    assertEquals("1", text(probe.expect("server.debug")));
    assertEquals("2", text(probe.expect("server.debug")));
    assertEquals("3", text(probe.expect("server.debug")));
  }

  /** Verifies that server.logout reaches and closes only the sessions whose token was revoked. */
  @Test
  void logoutClosesOnlyTheRevokedTokensSessions() {
    UUID user = UUID.randomUUID();
    fixture.directory.join(user, team);
    fixture.directory.join(user, otherTeam);
    String revoked = fixture.directory.issue(user);
    WsProbe loggedOut = open(team, revoked);
    WsProbe loggedOutElsewhere = open(otherTeam, revoked);
    WsProbe kept = open(team, fixture.directory.issue(user));
    fixture.directory.revoke(revoked);
    fixture.publish(new Delivery(null, List.of(user), Events.toJson(new ServerLogout("logged out"))));
    for (WsProbe probe : List.of(loggedOut, loggedOutElsewhere)) {
      assertEquals("logged out", probe.expect("server.logout").path("params").path("reason").asText());
      assertEquals(CloseCodes.NORMAL, probe.awaitClose());
    }
    kept.expectNothing(300);
    kept.roundTrip("still-logged-in");
  }

  private static WsProbe open(UUID team, String token) {
    WsProbe probe = fixture.connect(team, token);
    probe.expect("server.time");
    return probe;
  }

  private static String debug(String text) {
    return Events.toJson(new ServerDebug(text));
  }

  private static String text(com.fasterxml.jackson.databind.JsonNode event) {
    return event.path("params").path("text").asText();
  }
}
