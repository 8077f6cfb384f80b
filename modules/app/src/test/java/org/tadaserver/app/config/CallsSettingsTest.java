package org.tadaserver.app.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tadaserver.app.cluster.Role;
import org.tadaserver.calls.CallsConfig;

/** The calls settings ({@code calls.*}) as read from conf/application.yaml and the environment. */
class CallsSettingsTest {

  /** Verifies the defaults: the role is listed but calls are off without a Janus URL. */
  @Test
  void offByDefault() {
    NodeConfig config = NodeConfig.from(Settings.load(Map.of()));
    assertTrue(config.runs(Role.CALLS));
    CallsConfig calls = config.calls();
    assertFalse(calls.enabled());
    assertEquals(16, calls.maxParticipants());
    assertEquals(30, calls.buzzTimeoutSeconds());
    assertTrue(calls.iceServers().isEmpty());
  }

  /** Verifies that the environment turns calls on with ICE servers and limits. */
  @Test
  void environmentEnablesCalls() {
    CallsConfig calls = NodeConfig.from(Settings.load(Map.of(
        "TADA_CALLS_JANUS_URL", "http://10.0.0.5:8088/janus",
        "TADA_CALLS_ICE_SERVERS", "stun:stun.example.org:3478, turns:turn.example.org:443|tada|s3cret",
        "TADA_CALLS_MAX_PARTICIPANTS", "4",
        "TADA_CALLS_BUZZ_TIMEOUT", "45",
        "TADA_CALLS_MOBILE_CALLS", "false"))).calls();
    assertTrue(calls.enabled());
    assertEquals("http://10.0.0.5:8088/janus", calls.janusUrl());
    assertEquals(2, calls.iceServers().size());
    assertEquals("turns:turn.example.org:443", calls.iceServers().get(1).urls());
    assertEquals("tada", calls.iceServers().get(1).username());
    assertEquals(4, calls.maxParticipants());
    assertEquals(45, calls.buzzTimeoutSeconds());
    assertFalse(calls.mobileCalls());
  }

  /** Verifies that bad values are refused at start. */
  @Test
  void refusesBadValues() {
    assertThrows(IllegalArgumentException.class, () -> NodeConfig.from(Settings.load(Map.of(
        "TADA_CALLS_ICE_SERVERS", "http://not-ice"))));
    assertThrows(IllegalArgumentException.class, () -> NodeConfig.from(Settings.load(Map.of(
        "TADA_CALLS_MAX_PARTICIPANTS", "1"))));
    assertThrows(IllegalArgumentException.class, () -> NodeConfig.from(Settings.load(Map.of(
        "TADA_CALLS_BUZZ_TIMEOUT", "soon"))));
  }
}
