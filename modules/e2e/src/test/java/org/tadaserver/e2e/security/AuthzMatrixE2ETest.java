package org.tadaserver.e2e.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestMethodOrder;
import org.tadaserver.protocol.event.Events;
import org.tadaserver.testkit.TadaClient;
import org.tadaserver.testkit.client.UpgradeRefused;

/**
 * Issue 9, parts 1 and 2: the authorization matrix and event isolation on one node with one world ({@link World}).
 * Every REST endpoint ({@link RestTable}) and every client event ({@link WsTable}) is tried as every kind of caller
 * ({@link Kind}); each cell checks its expected answer, and each "not yours" refusal is compared with the answer for
 * a made-up id of the same shape, which must be the same apart from the ids. Meanwhile two sessions per caller record
 * everything they receive; at the end none may have heard of a team, contact, chat, message or other object its
 * caller may not see.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AuthzMatrixE2ETest {
  static World world;
  static Sessions sessions;

  @BeforeAll
  static void start() {
    world = new World();
    sessions = new Sessions(world);
  }

  @AfterAll
  static void stop() {
    if (sessions != null) {
      sessions.close();
    }
    world.close();
  }

  /** Verifies that the REST matrix has a row for every route the gateway registers under /api/v4, and no other. */
  @Test
  @Order(1)
  void everyRouteIsInTheMatrix() {
    Set<String> registered = RouteInventory.routes(world.node().node().vertx());
    Set<String> covered = new TreeSet<>();
    RestTable.rows().forEach(row -> covered.add(row.method() + " " + row.route()));
    Set<String> missing = new TreeSet<>(registered);
    missing.removeAll(covered);
    Set<String> stale = new TreeSet<>(covered);
    stale.removeAll(registered);
    assertTrue(missing.isEmpty(), "routes without a matrix row: " + missing);
    assertTrue(stale.isEmpty(), "matrix rows for routes that do not exist: " + stale);
  }

  /** Verifies that the WebSocket matrix has a row for every client event of the protocol. */
  @Test
  @Order(1)
  void everyClientEventIsInTheMatrix() {
    Set<String> events = new TreeSet<>();
    Events.names().stream().filter(n -> n.startsWith("client.")).forEach(events::add);
    Set<String> covered = new TreeSet<>();
    WsTable.rows().forEach(row -> covered.add(row.event()));
    assertEquals(events, covered);
  }

  /** Verifies that the matrix has at least 50 break-in cells (every refused cell is checked for its explicit error). */
  @Test
  @Order(1)
  void atLeastFiftyBreakIns() {
    int cells = 0;
    int refused = 0;
    for (RestRow row : RestTable.rows()) {
      for (Kind kind : Kind.values()) {
        cells++;
        refused += row.expect(kind).allowed() ? 0 : 1;
      }
    }
    cells += RestTable.crossTeam().size();
    refused += RestTable.crossTeam().size();
    for (WsRow row : WsTable.rows()) {
      for (Kind kind : Kind.values()) {
        cells++;
        refused += row.expect(kind).allowed() ? 0 : 1;
      }
    }
    System.out.printf("authorization matrix: %d cells, %d break-ins%n", cells, refused);
    assertTrue(refused >= 50, refused + " break-in cells");
  }

  /** The REST cells: every endpoint as every kind of caller. */
  @TestFactory
  @Order(2)
  Stream<DynamicNode> rest() {
    RestCells cells = new RestCells(world);
    return RestTable.rows().stream().map(row -> DynamicContainer.dynamicContainer(row.label(),
        Stream.of(Kind.values()).map(kind -> DynamicTest.dynamicTest(kind + ": " + row.expect(kind),
            () -> cells.check(row, kind)))));
  }

  /** The cross-team cells: the stranger names every object of the world through its own team. */
  @TestFactory
  @Order(2)
  Stream<DynamicTest> crossTeam() {
    RestCells cells = new RestCells(world);
    return RestTable.crossTeam().stream().map(row -> DynamicTest.dynamicTest(row.label() + " as STRANGER",
        () -> cells.checkCrossTeam(row)));
  }

  /** The WebSocket cells: the upgrade, then every client event as every kind of caller. */
  @TestFactory
  @Order(3)
  Stream<DynamicNode> websocket() {
    WsCells cells = new WsCells(world, sessions);
    DynamicNode upgrade = DynamicContainer.dynamicContainer("upgrade /messaging/{team}", Stream.of(Kind.values())
        .map(kind -> DynamicTest.dynamicTest(kind.toString(), () -> upgrade(kind))));
    Stream<DynamicNode> events = WsTable.rows().stream().map(row -> DynamicContainer.dynamicContainer(row.label(),
        Stream.of(Kind.values()).map(kind -> DynamicTest.dynamicTest(kind + ": " + row.expect(kind),
            () -> cells.check(row, kind)))));
    return Stream.concat(Stream.of(upgrade), events);
  }

  /**
   * Verifies that no session heard of anything its caller may not see, and that every session is still open (no
   * refusal cost anyone their connection).
   */
  @Test
  @Order(4)
  void noSessionHeardOfWhatIsNotItsOwn() {
    List<String> leaks = new ArrayList<>();
    int events = 0;
    for (Kind kind : EnumSet.complementOf(EnumSet.of(Kind.NONE, Kind.BAD, Kind.REVOKED))) {
      var received = sessions.received(kind);
      events += received.size();
      leaks.addAll(world.seen().violations(kind, received));
    }
    System.out.printf("event isolation: %d events checked%n", events);
    String group = world.main().get(Ref.GROUP, Kind.MEMBER);
    assertTrue(sessions.received(Kind.MEMBER).stream().anyMatch(e -> e.toString().contains(group)),
        "the check has something to find: the member's sessions heard of the group");
    assertTrue(leaks.isEmpty(), leaks.size() + " leaks:\n" + String.join("\n", leaks));
    assertTrue(sessions.allOpen(), "a session was dropped");
  }

  /**
   * Who may open a session in the team: a member; without a valid token the upgrade is refused (401), and a team
   * the caller is not in is refused the same way (403) as a team that does not exist.
   */
  private static void upgrade(Kind kind) {
    TadaClient client = world.as(kind);
    if (kind.inTeam()) {
      try (var ws = client.ws(world.team())) {
        ws.await("server.time");
      }
      return;
    }
    UpgradeRefused refused = assertThrows(UpgradeRefused.class, () -> client.ws(world.team()).close());
    String expected = kind == Kind.NONE ? "EMPTY_TOKEN" : kind == Kind.STRANGER ? "ACCESS_DENIED" : "INVALID_TOKEN";
    assertEquals(expected, refused.error(), refused.response()::toString);
    assertEquals(kind == Kind.STRANGER ? 403 : 401, refused.status());
    if (kind == Kind.STRANGER) {
      UpgradeRefused unknown = assertThrows(UpgradeRefused.class, () -> client.ws(UUID.randomUUID()).close());
      assertEquals(Answers.normalized(unknown.response()), Answers.normalized(refused.response()));
    }
  }
}
