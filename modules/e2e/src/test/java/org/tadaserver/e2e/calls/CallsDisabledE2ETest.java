package org.tadaserver.e2e.calls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tadaserver.directory.admin.CreatedUser;
import org.tadaserver.testkit.TadaClient;
import org.tadaserver.testkit.TestNode;
import org.tadaserver.testkit.client.TadaSocket;

/** A node without an SFU: features.json says calls are off and every call event gets a clear warning. */
class CallsDisabledE2ETest {
  static TestNode node;

  @BeforeAll
  static void start() {
    node = TestNode.start();
  }

  @AfterAll
  static void stop() {
    node.close();
  }

  /** Verifies the flags and the warnings. */
  @Test
  void callsAreOffWithoutJanus() {
    JsonNode f = TadaClient.of(node.baseUrl()).get("/features.json").body();
    for (String flag : new String[] {"calls", "calls_audio_enabled", "mobile_calls"}) {
      assertFalse(f.path(flag).asBoolean(), flag);
    }
    UUID team = node.admin().createTeam();
    CreatedUser u = node.admin().newUser(team, false);
    CreatedUser peer = node.admin().newUser(team, false);
    CallPerson anna = new CallPerson(u.jid(), u.user(), u.jid(), team,
        TadaClient.of(node.baseUrl()).withToken(u.token()));
    try (TadaSocket ws = anna.ws()) {
      String expected = "calls are not enabled on this server (no SFU configured)";
      assertEquals(expected, CallPerson.warned(ws, "client.call.offer", Map.of("jid", peer.jid(), "sdp",
          Sdps.audioOffer())));
      assertEquals(expected, CallPerson.warned(ws, "client.call.muteall", Map.of("jid", peer.jid())));
      assertEquals(expected, CallPerson.warned(ws, "client.call.screenshare", Map.of("call_jid", peer.jid())));
    }
  }
}
