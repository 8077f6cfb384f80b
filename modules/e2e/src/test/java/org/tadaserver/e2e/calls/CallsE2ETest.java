package org.tadaserver.e2e.calls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tadaserver.directory.admin.CreatedUser;
import org.tadaserver.e2e.ops.PromText;
import org.tadaserver.testkit.JanusProcess;
import org.tadaserver.testkit.TadaClient;
import org.tadaserver.testkit.TestNode;
import org.tadaserver.testkit.client.TadaSocket;

/**
 * Call signalling through a real Janus (issue 7): offers get Janus's own answer, ringing, reject, the buzz timeout,
 * mute and muteall rights, leave and the end of a call, a closed session leaving, and the refusals (non-member,
 * malformed SDP, unknown calls). Janus restart recovery has its own class ({@link JanusRestartE2ETest}).
 */
class CallsE2ETest {
  static final AtomicInteger SEQ = new AtomicInteger();
  static JanusProcess janus;
  static TestNode node;

  @BeforeAll
  static void start() {
    janus = JanusProcess.start();
    node = TestNode.start(Map.of("calls.janus_url", janus.url(), "calls.buzz_timeout", 2,
        "calls.ice_servers", "stun:stun.example.org:3478 turn:turn.example.org:3478|user|secret"));
  }

  @AfterAll
  static void stop() {
    node.close();
    janus.close();
  }

  static CallPerson person(UUID team, boolean admin) {
    String username = "c" + SEQ.incrementAndGet() + UUID.randomUUID().toString().substring(0, 6);
    CreatedUser u = node.admin().createUser(team, username, "secret-" + username, admin);
    return new CallPerson(username, u.user(), u.jid(), team, TadaClient.of(node.baseUrl()).withToken(u.token()));
  }

  /** Verifies that features.json advertises calls and ICE servers with single-string urls. */
  @Test
  void featuresAdvertiseCalls() {
    JsonNode f = TadaClient.of(node.baseUrl()).get("/features.json").body();
    assertTrue(f.path("calls").asBoolean());
    assertTrue(f.path("mobile_calls").asBoolean());
    assertEquals(16, f.path("max_participants_per_call").asInt());
    assertEquals("stun:stun.example.org:3478", f.path("ice_servers").path(0).path("urls").asText());
    assertEquals("secret", f.path("ice_servers").path(1).path("credential").asText());
  }

  /**
   * Verifies a direct call: the caller's offer gets Janus's real answer (same media sections), the callee is rung,
   * joins, both see one state; a mute shows; the caller leaves and the call ends for both.
   */
  @Test
  void directCallOfferAnswerMuteLeave() {
    UUID team = node.admin().createTeam();
    CallPerson anna = person(team, false);
    CallPerson boris = person(team, false);
    try (TadaSocket a = anna.ws(); TadaSocket b = boris.ws()) {
      JsonNode answer = CallPerson.offer(a, boris.jid());
      String sdp = answer.path("jsep").path("sdp").asText();
      assertEquals("answer", answer.path("jsep").path("type").asText());
      assertTrue(sdp.startsWith("v=0") && sdp.contains("a=setup:active") && sdp.contains("opus/48000"), sdp);
      assertEquals(Sdps.mediaSections(Sdps.audioOffer()), Sdps.mediaSections(sdp));
      String uid = answer.path("uid").asText();
      JsonNode buzz = b.await("server.call.buzz").path("params");
      assertEquals(anna.jid(), buzz.path("jid").asText());
      assertEquals(uid, buzz.path("uid").asText());
      assertEquals(2, buzz.path("buzz_timeout").asInt());
      CallPerson.offer(b, anna.jid());
      b.await("server.call.buzzcancel");
      JsonNode seenByAnna = CallPerson.state(a, boris.jid(), s -> s.path("onliners").size() == 2);
      JsonNode seenByBoris = CallPerson.state(b, anna.jid(), s -> s.path("onliners").size() == 2);
      assertEquals(uid, seenByAnna.path("uid").asText());
      assertEquals(seenByAnna.path("gentime"), seenByBoris.path("gentime"));
      assertTrue(seenByAnna.has("start"));
      assertTrue(PromText.scrape(node.baseUrl()).value("tada_calls_active") >= 1, "the call counts as active");
      b.send("client.call.sound", Map.of("jid", anna.jid(), "muted", true));
      CallPerson.state(a, boris.jid(), s -> onliner(s, boris.jid()).path("muted").asBoolean());
      a.send("client.call.leave", Map.of("jid", boris.jid(), "reason", "bye"));
      assertEquals(uid, a.await("server.call.leave").path("params").path("uid").asText());
      CallPerson.state(b, anna.jid(), s -> s.has("finish"));
    }
  }

  /** Verifies that a rejected direct call ends: the caller gets server.call.reject and the finished state. */
  @Test
  void rejectEndsDirectCall() {
    UUID team = node.admin().createTeam();
    CallPerson anna = person(team, false);
    CallPerson boris = person(team, false);
    try (TadaSocket a = anna.ws(); TadaSocket b = boris.ws()) {
      String uid = CallPerson.offer(a, boris.jid()).path("uid").asText();
      b.await("server.call.buzz");
      b.send("client.call.reject", Map.of("jid", anna.jid(), "reason", "busy"));
      JsonNode reject = a.await("server.call.reject").path("params");
      assertEquals(uid, reject.path("uid").asText());
      assertEquals("busy", reject.path("reason").asText());
      CallPerson.state(a, boris.jid(), s -> s.has("finish"));
    }
  }

  /** Verifies that an unanswered direct call stops ringing at buzz_timeout (2 s here) and ends. */
  @Test
  void unansweredBuzzTimesOut() {
    UUID team = node.admin().createTeam();
    CallPerson anna = person(team, false);
    CallPerson boris = person(team, false);
    try (TadaSocket a = anna.ws(); TadaSocket b = boris.ws()) {
      String uid = CallPerson.offer(a, boris.jid()).path("uid").asText();
      b.await("server.call.buzz");
      JsonNode cancel = b.await("server.call.buzzcancel", e -> true, Duration.ofSeconds(6)).path("params");
      assertEquals(uid, cancel.path("uid").asText());
      assertEquals(team.toString(), cancel.path("team").asText());
      CallPerson.state(a, boris.jid(), s -> s.has("finish"));
    }
  }

  /**
   * Verifies muteall: a plain member is refused; the group's admin mutes the others, who get server.call.muteall;
   * and the call stays open to the group while someone is in it.
   */
  @Test
  void muteAllNeedsAdminRights() {
    UUID team = node.admin().createTeam();
    CallPerson anna = person(team, false);
    CallPerson boris = person(team, false);
    CallPerson carl = person(team, false);
    String group = anna.group("Standup", boris, carl);
    try (TadaSocket a = anna.ws(); TadaSocket b = boris.ws(); TadaSocket c = carl.ws()) {
      CallPerson.offer(a, group);
      b.await("server.call.buzz");
      CallPerson.offer(b, group);
      CallPerson.offer(c, group);
      CallPerson.state(a, group, s -> s.path("onliners").size() == 3);
      String refused = CallPerson.warned(b, "client.call.muteall", Map.of("jid", group));
      assertTrue(refused.contains("admin"), refused);
      a.send("client.call.muteall", Map.of("jid", group));
      assertTrue(b.await("server.call.muteall").path("params").path("muted").asBoolean());
      c.await("server.call.muteall");
      JsonNode s = CallPerson.state(a, group, st -> onliner(st, boris.jid()).path("muted").asBoolean()
          && onliner(st, carl.jid()).path("muted").asBoolean());
      assertFalse(onliner(s, anna.jid()).path("muted").asBoolean());
    }
  }

  /** Verifies that a participant whose session closes leaves the call within 10 s. */
  @Test
  void closedSessionLeaves() {
    UUID team = node.admin().createTeam();
    CallPerson anna = person(team, false);
    CallPerson boris = person(team, false);
    String group = anna.group("Sync", boris);
    try (TadaSocket a = anna.ws()) {
      CallPerson.offer(a, group);
      TadaSocket b = boris.ws();
      CallPerson.offer(b, group);
      CallPerson.state(a, group, s -> s.path("onliners").size() == 2);
      b.close();
      JsonNode after = a.await("server.call.state", e -> e.path("params").path("onliners").size() == 1,
          Duration.ofSeconds(10)).path("params");
      assertEquals(anna.jid(), after.path("onliners").path(0).path("jid").asText());
    }
  }

  /** Verifies the refusals: a non-member, malformed SDPs, unknown calls and missing params all get clear warnings. */
  @Test
  void badInputsAreWarnedAbout() {
    UUID team = node.admin().createTeam();
    CallPerson anna = person(team, false);
    CallPerson boris = person(team, false);
    CallPerson eve = person(team, false);
    String group = anna.group("Private", boris);
    try (TadaSocket e = eve.ws(); TadaSocket a = anna.ws()) {
      String outsider = CallPerson.warned(e, "client.call.offer", Map.of("jid", group, "sdp", Sdps.audioOffer()));
      assertTrue(outsider.toLowerCase().contains("not found"), outsider);
      String garbage = CallPerson.warned(a, "client.call.offer", Map.of("jid", group, "sdp", "garbage"));
      assertTrue(garbage.contains("sdp"), garbage);
      String broken = CallPerson.warned(a, "client.call.offer", Map.of("jid", group,
          "sdp", "v=0\r\nm=audio 9 UDP/TLS/RTP/SAVPF 111\r\n"));
      assertTrue(broken.contains("SDP"), broken);
      String unknown = CallPerson.warned(a, "client.call.sdp", Map.of("jid", group, "uid", UUID.randomUUID().toString(),
          "jsep", Map.of("type", "offer", "sdp", Sdps.audioOffer())));
      assertTrue(unknown.contains("not found") || unknown.contains("call"), unknown);
      String noCall = CallPerson.warned(a, "client.call.reject", Map.of("jid", group));
      assertTrue(noCall.contains("call"), noCall);
      String leave = CallPerson.warned(a, "client.call.leave", Map.of("jid", group));
      assertTrue(leave.contains("call"), leave);
      String noJid = CallPerson.warned(a, "client.call.sound", Map.of("muted", true));
      assertTrue(noJid.contains("jid"), noJid);
      // the session still works: a proper offer is answered
      assertEquals("answer", CallPerson.offer(a, group).path("jsep").path("type").asText());
    }
  }

  static JsonNode onliner(JsonNode state, String jid) {
    for (JsonNode o : state.path("onliners")) {
      if (o.path("jid").asText().equals(jid)) {
        return o;
      }
    }
    return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
  }
}
