package org.tadaserver.gateway.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tadaserver.calls.CallsConfig;
import org.tadaserver.gateway.GatewayConfig;
import org.tadaserver.gateway.features.FeaturesFactory;
import org.tadaserver.protocol.Limits;
import org.tadaserver.protocol.Wire;
import org.tadaserver.protocol.model.IceServer;

class FeaturesFactoryTest {
  /** Every key reference Appendix A lists (the ones with omitempty only when switched on). */
  static final List<String> APPENDIX_A = List.of(
      "host", "build", "app_title", "userver", "installation_type", "custom_server", "is_testing",
      "free_registration",
      "max_message_length", "max_upload_mb", "max_message_uploads", "message_uploads", "max_linked_messages",
      "max_group_title_length", "max_task_title_length", "max_team_title_length", "max_section_length",
      "max_project_length", "max_tag_length", "max_role_length", "max_mood_length", "max_username_part_length",
      "max_url_length", "max_teams", "min_search_length", "max_message_search_limit",
      "afk_age", "resend_timeout", "server_drafts", "threads_enabled",
      "calls_audio_enabled", "calls_video_enabled", "calls_video_multistream_enabled", "calls_record", "mobile_calls",
      "calls", "calls_version", "ice_servers",
      "min_app_version", "min_ios_version", "min_android_version", "desktop_version", "front_version",
      "terms", "theme", "app_schemes", "metrika", "sentry_dsn_js", "firebase_app_id", "firebase_sender_id");

  private static JsonNode json(GatewayConfig config, List<IceServer> ice, String base) {
    return Wire.mapper().valueToTree(new FeaturesFactory(config, ice).forBase(base));
  }

  /** Verifies that every Appendix A key is present and no always-present key is null. */
  @Test
  void everyKeyPresentAndNoNulls() {
    JsonNode features = json(GatewayConfig.defaults(), List.of(), "http://127.0.0.1:8000");
    for (String key : APPENDIX_A) {
      assertTrue(features.has(key), key);
    }
    assertTrue(features.path("auth_by_password").asBoolean());
    features.fields().forEachRemaining(e -> assertFalse(e.getValue().isNull(), e.getKey() + " is null"));
    assertFalse(features.has("ok"), "features.json is bare, never an envelope");
  }

  /** Verifies that limits are the configured ones, including afk_age and resend_timeout. */
  @Test
  void limitsComeFromConfig() {
    Limits limits = new Limits(1000, 5, 3, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47, 3, 53, 61, 9);
    GatewayConfig config = new GatewayConfig("127.0.0.1", 0, "", 1024, 1024, 10, limits);
    JsonNode features = json(config, List.of(), "http://localhost:1");
    assertEquals(1000, features.path("max_message_length").asInt());
    assertEquals(17, features.path("max_team_title_length").asInt());
    assertEquals(53, features.path("max_message_search_limit").asInt());
    assertEquals(61, features.path("afk_age").asInt());
    assertEquals(9, features.path("resend_timeout").asInt());
    assertTrue(features.path("message_uploads").asBoolean());
  }

  /** Verifies that ice_servers[].urls is a single string (Go clients fail on an array) and calls are off. */
  @Test
  void iceServerUrlsIsAString() {
    JsonNode features = json(GatewayConfig.defaults(), List.of(new IceServer("stun:stun.example.org:3478", null, null)),
        "https://chat.example.org:443");
    JsonNode urls = features.path("ice_servers").path(0).path("urls");
    assertTrue(urls.isTextual(), urls.toString());
    assertEquals("stun:stun.example.org:3478", urls.asText());
    for (String flag : List.of("calls", "calls_audio_enabled", "calls_video_enabled", "mobile_calls")) {
      assertFalse(features.path(flag).asBoolean(), flag);
    }
  }

  /** Verifies that with an SFU configured calls, audio, mobile calls and the participant limit are advertised. */
  @Test
  void callsOnWithAnSfu() {
    CallsConfig calls = new CallsConfig("http://127.0.0.1:8088/janus",
        List.of(new IceServer("turn:turn.example.org:3478", "u", "p")), 8, 30, true);
    JsonNode features = Wire.mapper().valueToTree(new FeaturesFactory(GatewayConfig.defaults(), calls)
        .forBase("https://chat.example.org:443"));
    for (String flag : List.of("calls", "calls_audio_enabled", "mobile_calls")) {
      assertTrue(features.path(flag).asBoolean(), flag);
    }
    assertFalse(features.path("calls_video_enabled").asBoolean(), "the AudioBridge carries no video");
    assertEquals(8, features.path("max_participants_per_call").asInt());
    assertEquals("p", features.path("ice_servers").path(0).path("credential").asText());
  }

  /** Verifies host, userver and installation_type derived from the base URL, as the real server writes them. */
  @Test
  void hostAndUserver() {
    JsonNode features = json(GatewayConfig.defaults(), List.of(), "https://chat.example.org:443");
    assertEquals("https://chat.example.org:443", features.path("host").asText());
    assertEquals("https://chat.example.org:443/u", features.path("userver").asText());
    assertEquals("chat.example.org", features.path("installation_type").asText());
    assertTrue(features.path("custom_server").asBoolean());
  }

  /** Verifies that the task switches older clients read are on (the server has tasks). */
  @Test
  void taskSwitchesOn() {
    JsonNode features = json(GatewayConfig.defaults(), List.of(), "http://127.0.0.1:8000");
    for (String key : List.of("task_checklist", "task_dashboard", "task_messages", "task_public", "task_tags")) {
      assertTrue(features.path(key).asBoolean(), key);
    }
  }
}
