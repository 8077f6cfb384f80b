package org.tadaserver.e2e.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tadaserver.e2e.rest.Api.error;
import static org.tadaserver.e2e.rest.Api.ok;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tadaserver.e2e.rest.Api.Reply;
import org.tadaserver.protocol.ApiError;
import org.tadaserver.protocol.IsoTime;
import org.tadaserver.protocol.Limits;
import org.tadaserver.testkit.TestNode;

/** The endpoints without a token, and the envelope for what no route serves, on a real node. */
class ServerInfoE2ETest {
  /** The keys of reference Appendix A that have no omitempty, so they must always be present. */
  static final List<String> ALWAYS = List.of(
      "host", "build", "app_title", "userver", "installation_type", "custom_server", "is_testing", "free_registration",
      "max_message_length", "max_upload_mb", "max_message_uploads", "message_uploads", "max_linked_messages",
      "max_group_title_length", "max_task_title_length", "max_team_title_length", "max_section_length",
      "max_project_length", "max_tag_length", "max_role_length", "max_mood_length", "max_username_part_length",
      "max_url_length", "max_teams", "min_search_length", "max_message_search_limit", "afk_age", "resend_timeout",
      "server_drafts", "threads_enabled", "calls_audio_enabled", "calls_video_enabled",
      "calls_video_multistream_enabled", "calls_record", "mobile_calls", "calls", "calls_version", "ice_servers",
      "min_app_version", "min_ios_version", "min_android_version", "desktop_version", "front_version", "terms", "theme",
      "app_schemes", "metrika", "sentry_dsn_js", "firebase_app_id", "firebase_sender_id");
  static TestNode node;
  static Api api;

  @BeforeAll
  static void start() {
    node = TestNode.start();
    api = new Api(node.baseUrl());
  }

  @AfterAll
  static void stop() {
    node.close();
  }

  /** Verifies that /features.json is a bare object with every key, the node's limits, password login and no calls. */
  @Test
  void features() {
    Reply reply = api.send("GET", "/features.json", null);
    assertEquals(200, reply.status());
    assertTrue(reply.contentType().startsWith("application/json"), reply.contentType());
    JsonNode features = reply.json();
    assertFalse(features.has("ok"), "bare, not an envelope");
    assertFalse(features.has("result"), "bare, not an envelope");
    for (String key : ALWAYS) {
      assertTrue(features.has(key), key);
    }
    features.fields().forEachRemaining(e -> assertFalse(e.getValue().isNull(), e.getKey() + " is null"));
    assertEquals(node.baseUrl(), features.path("host").asText());
    assertEquals(node.baseUrl() + "/u", features.path("userver").asText());
    assertTrue(features.path("auth_by_password").asBoolean());
    assertFalse(features.path("calls").asBoolean());
    assertFalse(features.path("calls_audio_enabled").asBoolean());
    assertTrue(features.path("ice_servers").isArray());
    features.path("ice_servers").forEach(ice -> assertTrue(ice.path("urls").isTextual(), ice.toString()));
    assertEquals(Limits.DEFAULTS.afkAgeSeconds(), features.path("afk_age").asInt());
    assertEquals(Limits.DEFAULTS.resendTimeoutSeconds(), features.path("resend_timeout").asInt());
    assertEquals(Limits.DEFAULTS.maxTeamTitleLength(), features.path("max_team_title_length").asInt());
  }

  /** Verifies ping ("pong", also with a trailing slash), time (ISO, microseconds) and addr, all without a token. */
  @Test
  void pingTimeAddr() {
    assertEquals("pong", ok(api.send("GET", "/api/v4/ping", null)).asText());
    assertEquals("pong", ok(api.send("GET", "/api/v4/ping/", null)).asText());
    String time = ok(api.send("GET", "/api/v4/time", null)).asText();
    assertTrue(time.matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{6}Z"), time);
    IsoTime.parse(time);
    assertEquals("127.0.0.1", ok(api.send("GET", "/api/v4/addr", null)).asText());
  }

  /** Verifies that unknown routes, in and outside /api, get the JSON 404 envelope, and a wrong method the 405 one. */
  @Test
  void unknownRouteAndWrongMethod() {
    error(api.send("GET", "/api/v4/no-such-thing", null), ApiError.NOT_FOUND);
    error(api.send("GET", "/api/v3/teams", null), ApiError.NOT_FOUND);
    error(api.send("GET", "/index.html", null), ApiError.NOT_FOUND);
    error(api.send("POST", "/api/v4/ping", "{}"), ApiError.INVALID_METHOD);
    error(api.send("DELETE", "/api/v4/teams", null), ApiError.INVALID_METHOD);
  }
}
