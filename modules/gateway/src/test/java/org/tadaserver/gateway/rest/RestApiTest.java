package org.tadaserver.gateway.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.ext.web.Router;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tadaserver.bus.ServiceException;
import org.tadaserver.directory.ContactFilter;
import org.tadaserver.gateway.GatewayConfig;
import org.tadaserver.gateway.rest.HttpProbe.Reply;
import org.tadaserver.protocol.ApiError;
import org.tadaserver.protocol.IsoTime;
import org.tadaserver.protocol.Limits;
import org.tadaserver.protocol.rest.ContactRequest;

/** The REST layer on a real router and socket, with {@link FakeDirectory} behind it (no database). */
class RestApiTest {
  static final int MAX_BODY = 1024;
  static final String TEAM = "bd500a50-3a38-44d1-a43c-fb1a48e1a79e";
  static final String JID = "d-0e8a4f43-3f7d-4f0a-9a87-4d2a1d6c5b11";
  static Vertx vertx;
  static HttpServer server;
  static FakeDirectory directory;
  static HttpProbe http;

  @BeforeAll
  static void start() {
    vertx = Vertx.vertx();
    directory = new FakeDirectory();
    GatewayConfig config = new GatewayConfig("127.0.0.1", 0, "", 1 << 16, MAX_BODY, 10, Limits.DEFAULTS);
    Router router = Router.router(vertx);
    new RestApi(vertx, config, directory).mount(router);
    server = vertx.createHttpServer().requestHandler(router).listen(0, "127.0.0.1").await();
    http = new HttpProbe("http://127.0.0.1:" + server.actualPort());
  }

  @AfterAll
  static void stop() {
    vertx.close().await();
  }

  @BeforeEach
  void reset() {
    directory.calls.clear();
    directory.nextFailure = null;
  }

  static Reply authed(String method, String path, String body) {
    return http.send(method, path, body, "token", FakeDirectory.TOKEN);
  }

  static JsonNode ok(Reply reply) {
    assertEquals(200, reply.status(), reply.body());
    assertTrue(reply.contentType().startsWith("application/json"), reply.contentType());
    assertTrue(reply.json().path("ok").asBoolean(), reply.body());
    assertTrue(reply.json().has("result"), reply.body());
    return reply.json().get("result");
  }

  static JsonNode error(Reply reply, ApiError expected) {
    assertNotNull(reply.json(), "not JSON: " + reply.body());
    assertEquals(expected.status(), reply.status(), reply.body());
    assertTrue(reply.contentType().startsWith("application/json"), reply.contentType());
    assertFalse(reply.json().path("ok").asBoolean(true), reply.body());
    assertEquals(expected.code(), reply.json().path("error").asText(), reply.body());
    assertFalse(reply.json().has("result"), reply.body());
    return reply.json();
  }

  /** Verifies ping, time (ISO with microseconds) and addr, all without a token. */
  @Test
  void serverInfo() {
    assertEquals("pong", ok(http.send("GET", "/api/v4/ping", null)).asText());
    String time = ok(http.send("GET", "/api/v4/time/", null)).asText();
    assertTrue(time.matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{6}Z"), time);
    IsoTime.parse(time);
    assertEquals("127.0.0.1", ok(http.send("GET", "/api/v4/addr", null)).asText());
    assertTrue(directory.calls.isEmpty());
  }

  /** Verifies that /features.json is the bare object, its host taken from the request. */
  @Test
  void featuresAreBare() {
    Reply reply = http.send("GET", "/features.json", null);
    assertEquals(200, reply.status());
    assertTrue(reply.contentType().startsWith("application/json"));
    assertFalse(reply.json().has("ok"));
    assertEquals("http://127.0.0.1:" + server.actualPort(), reply.json().path("host").asText());
    assertEquals(Limits.DEFAULTS.maxMessageLength(), reply.json().path("max_message_length").asInt());
  }

  /** Verifies that unknown paths, inside and outside /api, get the JSON 404 envelope. */
  @Test
  void unknownRoutesAreJson404() {
    error(http.send("GET", "/api/v4/nope", null), ApiError.NOT_FOUND);
    error(http.send("GET", "/nope.html", null), ApiError.NOT_FOUND);
    error(authed("GET", "/api/v4/teams/" + TEAM + "/contacts/" + JID + "/extra", null), ApiError.NOT_FOUND);
  }

  /** Verifies that a known path with another method is the JSON 405 envelope. */
  @Test
  void wrongMethodIsJson405() {
    error(authed("DELETE", "/api/v4/teams", null), ApiError.INVALID_METHOD);
    error(http.send("POST", "/api/v4/ping", "{}"), ApiError.INVALID_METHOD);
  }

  /** Verifies that a body over the limit is the JSON 413 envelope and reaches no service. */
  @Test
  void oversizedBodyIs413() {
    String big = "{\"name\":\"" + "x".repeat(MAX_BODY) + "\"}";
    error(authed("POST", "/api/v4/teams", big), ApiError.TOO_LARGE);
    assertNull(directory.last("createTeam"));
  }

  /** Verifies that bodies are JSON whatever the Content-Type says, including none. */
  @Test
  void bodyParsedWhateverTheContentType() {
    assertEquals("A", ok(authed("POST", "/api/v4/teams", "{\"name\":\"A\"}")).path("name").asText());
    Reply textPlain = http.send("POST", "/api/v4/teams", "{\"name\":\"B\"}", "token", FakeDirectory.TOKEN,
        "Content-Type", "text/plain");
    assertEquals("B", ok(textPlain).path("name").asText());
    Reply form = http.send("POST", "/api/v4/teams", "{\"name\":\"C\"}", "token", FakeDirectory.TOKEN,
        "Content-Type", "application/x-www-form-urlencoded");
    assertEquals("C", ok(form).path("name").asText());
  }

  /** Verifies 400 for malformed JSON and 422 with details for wrong types and missing fields. */
  @Test
  void badBodies() {
    error(authed("POST", "/api/v4/teams", "{\"name\":"), ApiError.BAD_REQUEST);
    error(authed("POST", "/api/v4/teams", null), ApiError.BAD_REQUEST);
    JsonNode wrongType = error(authed("POST", "/api/v4/teams", "{\"name\":42}"), ApiError.INVALID_DATA);
    assertEquals("must be a string", wrongType.path("details").path("name").asText());
    JsonNode missing = error(authed("POST", "/api/v4/teams", "{}"), ApiError.INVALID_DATA);
    assertEquals("required", missing.path("details").path("name").asText());
    JsonNode tooLong = error(authed("POST", "/api/v4/teams", "{\"name\":\"" + "n".repeat(101) + "\"}"),
        ApiError.INVALID_DATA);
    assertEquals("at most 100 characters", tooLong.path("details").path("name").asText());
    assertNull(directory.last("createTeam"));
  }

  /** Verifies the token sources: header in any case, cookie, query parameter. */
  @Test
  void tokenSources() {
    ok(http.send("GET", "/api/v4/teams", null, "TOKEN", FakeDirectory.TOKEN));
    ok(http.send("GET", "/api/v4/teams", null, "Cookie", "a=b; token=" + FakeDirectory.TOKEN));
    ok(http.send("GET", "/api/v4/teams?token=" + FakeDirectory.TOKEN, null));
    assertEquals(3, directory.calls.stream().filter(c -> c[0].equals("teams")).count());
  }

  /** Verifies 401 EMPTY_TOKEN without a token (no service call) and 401 INVALID_TOKEN for a bad one. */
  @Test
  void missingAndBadTokens() {
    error(http.send("GET", "/api/v4/teams", null), ApiError.EMPTY_TOKEN);
    error(http.send("GET", "/api/v4/teams", null, "token", "  "), ApiError.EMPTY_TOKEN);
    assertNull(directory.last("authenticate"));
    error(http.send("GET", "/api/v4/teams", null, "token", "forged"), ApiError.INVALID_TOKEN);
    error(http.send("POST", "/api/v4/auth/logout", null, "token", "forged"), ApiError.INVALID_TOKEN);
    assertNull(directory.last("logout"));
  }

  /** Verifies that the token is checked before path ids: a stranger gets 401, never 404. */
  @Test
  void tokenBeforePathIds() {
    error(http.send("GET", "/api/v4/teams/not-a-uuid", null), ApiError.EMPTY_TOKEN);
    error(authed("GET", "/api/v4/teams/not-a-uuid", null), ApiError.NOT_FOUND);
    error(authed("GET", "/api/v4/teams/" + TEAM + "/contacts/g-" + TEAM, null), ApiError.NOT_FOUND);
    assertNull(directory.last("team"));
    assertNull(directory.last("contact"));
  }

  /** Verifies that service failures keep their code, status, details and reason. */
  @Test
  void serviceExceptionsAreMappedOnce() {
    directory.nextFailure = new ServiceException(ApiError.INVALID_DATA, "role: too long", Map.of("role", "too long"));
    JsonNode invalid = error(authed("POST", "/api/v4/teams/" + TEAM + "/contacts/" + JID, "{}"), ApiError.INVALID_DATA);
    assertEquals("too long", invalid.path("details").path("role").asText());
    assertEquals("role: too long", invalid.path("reason").asText());
    directory.nextFailure = ServiceException.accessDenied("admins only");
    JsonNode denied = error(authed("DELETE", "/api/v4/teams/" + TEAM + "/contacts/" + JID, null), ApiError.ACCESS_DENIED);
    assertEquals("admins only", denied.path("reason").asText());
    assertFalse(denied.has("details"));
    directory.nextFailure = ServiceException.notFound("team");
    error(authed("GET", "/api/v4/teams/" + TEAM, null), ApiError.NOT_FOUND);
  }

  /** Verifies that an unexpected exception is a 500 envelope that does not leak its message. */
  @Test
  void unexpectedFailureIs500WithoutDetails() {
    directory.nextFailure = new IllegalStateException("secret internals");
    JsonNode body = error(authed("GET", "/api/v4/teams", null), ApiError.INTERNAL_SERVER_ERROR);
    assertFalse(body.toString().contains("secret"), body.toString());
  }

  /** Verifies login: body fields and device name (X-Device-Name, else User-Agent) reach the directory. */
  @Test
  void passwordLogin() {
    JsonNode auth = ok(http.send("POST", "/api/v4/auth/password/get-token", "{\"username\":\"alice\",\"password\":\"pw\"}",
        "User-Agent", "tdclient/1.0"));
    assertEquals("issued-alice", auth.path("token").asText());
    assertEquals(List.of("passwordLogin", "alice", "pw", "tdclient/1.0"), List.of(directory.last("passwordLogin")));
    http.send("POST", "/api/v4/auth/password/get-token/", "{\"username\":\"bob\",\"password\":\"pw\"}",
        "User-Agent", "ua", "X-Device-Name", "Bob's phone");
    assertEquals("Bob's phone", directory.last("passwordLogin")[3]);
    JsonNode missing = error(http.send("POST", "/api/v4/auth/password/get-token", "{\"username\":\"alice\"}"),
        ApiError.INVALID_DATA);
    assertEquals("required", missing.path("details").path("password").asText());
  }

  /** Verifies that logout revokes the caller's own token. */
  @Test
  void logout() {
    assertTrue(ok(authed("POST", "/api/v4/auth/logout", null)).isObject());
    assertEquals(directory.caller, directory.last("logout")[1]);
  }

  /** Verifies the team routes pass the parsed id and body through. */
  @Test
  void teamRoutes() {
    assertTrue(ok(authed("GET", "/api/v4/teams/", null)).isArray());
    assertEquals(TEAM, ok(authed("GET", "/api/v4/teams/" + TEAM, null)).path("uid").asText());
    assertEquals("New", ok(authed("PUT", "/api/v4/teams/" + TEAM.toUpperCase() + "/", "{\"name\":\"New\"}"))
        .path("name").asText());
    assertEquals(UUID.fromString(TEAM), directory.last("updateTeam")[2]);
    error(authed("PUT", "/api/v4/teams/" + TEAM, "{\"name\":\"\"}"), ApiError.INVALID_DATA);
  }

  /** Verifies the contact list: a bare array in the envelope, with or without the trailing slash, filter parsed. */
  @Test
  void contactList() {
    JsonNode list = ok(authed("GET", "/api/v4/teams/" + TEAM + "/contacts/", null));
    assertTrue(list.isArray());
    ok(authed("GET", "/api/v4/teams/" + TEAM + "/contacts?status=admin,owner&limit=10&offset=0&is_bot=false", null));
    ContactFilter filter = (ContactFilter) directory.last("contacts")[3];
    assertEquals(List.of("admin", "owner"), filter.statuses());
    assertEquals(10, filter.limit());
    assertEquals(Boolean.FALSE, filter.bots());
    JsonNode bad = error(authed("GET", "/api/v4/teams/" + TEAM + "/contacts?limit=-5", null), ApiError.INVALID_DATA);
    assertEquals("must be a non-negative integer", bad.path("details").path("limit").asText());
  }

  /** Verifies one contact, add, change and archive routes, and the add-contact edge check. */
  @Test
  void contactRoutes() {
    assertEquals(JID, ok(authed("GET", "/api/v4/teams/" + TEAM + "/contacts/" + JID, null)).path("jid").asText());
    ok(authed("POST", "/api/v4/teams/" + TEAM + "/contacts", "{\"phone\":\"+79990000001\",\"status\":\"\"}"));
    assertNotNull(directory.last("addContact"));
    error(authed("POST", "/api/v4/teams/" + TEAM + "/contacts/", "{\"phone\":\"\"}"), ApiError.INVALID_DATA);
    ok(authed("POST", "/api/v4/teams/" + TEAM + "/contacts/" + JID + "/", "{\"alt_send\":true}"));
    assertEquals(JID, directory.last("updateContact")[3]);
    ok(authed("POST", "/api/v4/teams/" + TEAM + "/contacts/" + JID, "{\"focus_until\":null,\"role\":null}"));
    ContactRequest cleared = (ContactRequest) directory.last("updateContact")[4];
    assertEquals("", cleared.focusUntil(), "a null focus_until clears it");
    assertNull(cleared.role(), "a null role is not given");
    assertNull(((ContactRequest) directory.last("updateContact")[4]).timezone());
    JsonNode archived = ok(authed("DELETE", "/api/v4/teams/" + TEAM + "/contacts/" + JID, null));
    assertEquals(JID, archived.path("jid").asText());
    error(authed("POST", "/api/v4/teams/" + TEAM + "/contacts/" + JID, "{\"alt_send\":\"yes\"}"), ApiError.INVALID_DATA);
  }
}
