package org.tadaserver.calls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tadaserver.protocol.model.IceServer;

class CallsConfigTest {

  /** Verifies the ICE server list format: urls alone or with username and credential, any separators. */
  @Test
  void parsesIceServers() {
    List<IceServer> servers = CallsConfig.parseIceServers(
        " stun:stun.example.org:3478,turn:turn.example.org:3478?transport=udp|user|pw  turns:t.example.org:443|u|p ");
    assertEquals(3, servers.size());
    assertEquals("stun:stun.example.org:3478", servers.get(0).urls());
    assertNull(servers.get(0).username());
    assertEquals("turn:turn.example.org:3478?transport=udp", servers.get(1).urls());
    assertEquals("pw", servers.get(1).credential());
    assertTrue(CallsConfig.parseIceServers("").isEmpty());
    assertTrue(CallsConfig.parseIceServers(null).isEmpty());
  }

  /** Verifies that non-ICE URLs and half credentials are refused. */
  @Test
  void refusesBadIceServers() {
    assertThrows(IllegalArgumentException.class, () -> CallsConfig.parseIceServers("https://example.org"));
    assertThrows(IllegalArgumentException.class, () -> CallsConfig.parseIceServers("turn:t.example.org|user"));
    assertThrows(IllegalArgumentException.class, () -> CallsConfig.parseIceServers("turn:t.example.org||pw"));
  }

  /** Verifies that calls are on exactly when a Janus URL is set, and the limits are checked. */
  @Test
  void enabledWithJanusUrl() {
    assertFalse(CallsConfig.disabled().enabled());
    assertFalse(new CallsConfig("  ", List.of(), 4, 10, true).enabled());
    assertTrue(new CallsConfig("http://127.0.0.1:8088/janus", List.of(), 4, 10, true).enabled());
    assertThrows(IllegalArgumentException.class, () -> new CallsConfig("", List.of(), 1, 10, true));
    assertThrows(IllegalArgumentException.class, () -> new CallsConfig("", List.of(), 4, 0, true));
  }
}
