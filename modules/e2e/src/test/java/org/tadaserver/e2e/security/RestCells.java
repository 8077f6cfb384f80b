package org.tadaserver.e2e.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;
import org.tadaserver.protocol.ApiError;
import org.tadaserver.testkit.TadaClient;
import org.tadaserver.testkit.client.RestResponse;

/** Runs the REST cells: one call as the caller, checked against the row; a "not found" also against its twin. */
final class RestCells {
  private final World world;

  RestCells(World world) {
    this.world = world;
  }

  void check(RestRow row, Kind kind) {
    Expect expect = row.expect(kind);
    boolean fresh = row.destructive() && expect.allowed();
    Objects objects = fresh ? world.fresh() : world.main();
    TadaClient client = fresh ? world.asWithNewToken(kind) : world.as(kind);
    String what = row.label() + " as " + kind;
    RestResponse answer = call(client, row, objects, kind, null);
    Answers.check(expect, answer, what);
    if (expect.allowed()) {
      learn(row, kind, answer);
      return;
    }
    Ref subject = kind == Kind.STRANGER && row.params().containsKey("team") ? Ref.TEAM : row.subject();
    if ((expect.error() == ApiError.NOT_FOUND || expect.error() == ApiError.INVALID_DATA) && subject != null) {
      RestResponse unknown = call(client, row, objects, kind, subject);
      assertEquals(Answers.normalized(unknown), Answers.normalized(answer),
          what + ": the answers for a foreign and an unknown " + subject + " differ");
    }
  }

  /**
   * A cross-team cell: the stranger, through its own team, is refused the world's object as if it did not exist
   * ({@code 404}, or {@code 422} naming the field when the object is named in the body), exactly as a made-up one.
   */
  void checkCrossTeam(RestRow row) {
    Objects objects = world.main();
    TadaClient client = world.as(Kind.STRANGER);
    String what = row.label() + " as STRANGER";
    boolean inPath = row.params().containsValue(row.subject());
    RestResponse answer = call(client, row, objects, Kind.STRANGER, null);
    Answers.check(new Expect(inPath ? ApiError.NOT_FOUND : ApiError.INVALID_DATA), answer, what);
    RestResponse unknown = call(client, row, objects, Kind.STRANGER, row.subject());
    assertEquals(Answers.normalized(unknown), Answers.normalized(answer),
        what + ": the answers for a foreign and an unknown " + row.subject() + " differ");
  }

  private static RestResponse call(TadaClient client, RestRow row, Objects objects, Kind kind, Ref unknown) {
    return client.request(row.method(), row.path(objects, kind, unknown), row.body(objects, kind, unknown));
  }

  /** What an allowed call made for the caller: a team, a group, a task, which its sessions may then hear of. */
  private void learn(RestRow row, Kind kind, RestResponse answer) {
    if (!"POST".equals(row.method())) {
      return;
    }
    var result = answer.result();
    if (row.route().equals("/api/v4/teams")) {
      world.seen().allowTeam(result.path("uid").asText(), EnumSet.of(kind));
      world.seen().allow(result.path("me").path("jid").asText(), EnumSet.of(kind));
    } else if (row.route().endsWith("/groups") || row.route().endsWith("/tasks")) {
      world.seen().allow(result.path("jid").asText(), EnumSet.of(kind));
    }
  }
}
