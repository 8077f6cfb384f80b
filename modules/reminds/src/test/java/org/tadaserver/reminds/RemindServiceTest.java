package org.tadaserver.reminds;

import static org.tadaserver.bus.testing.Await.failure;
import static org.tadaserver.bus.testing.Await.await;
import static org.junit.jupiter.api.Assertions.*;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.tadaserver.bus.ServiceException;
import org.tadaserver.directory.Membership;
import org.tadaserver.protocol.ApiError;
import org.tadaserver.protocol.Jid;
import org.tadaserver.protocol.model.DeletedRemind;
import org.tadaserver.protocol.model.Remind;

class RemindServiceTest extends RemindFixture {

  private static String inSeconds(long seconds) {
    return Instant.now().plusSeconds(seconds).toString();
  }

  /** Verifies create, the owner-only event, the owner's list and delete with its event. */
  @Test
  void createListDelete() {
    Membership owner = member();
    Membership teammate = memberOf(owner.team());
    Instant at = Instant.now().plusSeconds(3600).truncatedTo(ChronoUnit.MICROS);
    Remind created = await(service.createRemind(owner, new RemindRequest(chatOf(owner).toString(),
        at.atOffset(java.time.ZoneOffset.ofHours(3)).toString(), "stand-up")));
    assertEquals(chatOf(owner), created.chat());
    assertEquals(at, created.fireAt());
    assertEquals("stand-up", created.comment());
    assertDoesNotThrow(() -> UUID.fromString(created.uid()));
    assertEquals(List.of(created), await(service.reminds(owner)));
    assertEquals(List.of(), await(service.reminds(teammate)));
    awaitEvents(owner.user(), "server.remind.updated", 1);
    assertEquals(List.of(), eventsTo(teammate.user(), "server.remind.updated"));

    assertEquals(ApiError.NOT_FOUND, failure(service.deleteRemind(teammate, created.uid())).error());
    assertEquals(new DeletedRemind(created.uid()), await(service.deleteRemind(owner, created.uid())));
    assertEquals(List.of(), await(service.reminds(owner)));
    awaitEvents(owner.user(), "server.remind.deleted", 1);
    assertEquals(ApiError.NOT_FOUND, failure(service.deleteRemind(owner, created.uid())).error());
  }

  /** Verifies that a remind of one team is invisible from the same user's membership in another team. */
  @Test
  void remindsArePerTeam() {
    Membership owner = member();
    Membership elsewhere = new Membership(member().team(), owner.user(), UUID.randomUUID(), owner.status());
    Remind created = await(service.createRemind(owner, new RemindRequest(chatOf(owner).toString(), inSeconds(600),
        null)));
    assertEquals(List.of(), await(service.reminds(elsewhere)));
    assertEquals(ApiError.NOT_FOUND, failure(service.deleteRemind(elsewhere, created.uid())).error());
  }

  /** Verifies every refusal of bad input, each naming its field. */
  @Test
  void badInput() {
    Membership owner = member();
    String chat = chatOf(owner).toString();
    assertInvalid("chat", service.createRemind(owner, new RemindRequest(null, inSeconds(60), null)));
    assertInvalid("chat", service.createRemind(owner, new RemindRequest("", inSeconds(60), null)));
    assertInvalid("chat", service.createRemind(owner, new RemindRequest("g-not-a-uuid", inSeconds(60), null)));
    assertInvalid("chat", service.createRemind(owner, new RemindRequest("x-" + UUID.randomUUID(), inSeconds(60),
        null)));
    assertInvalid("chat", service.createRemind(owner, new RemindRequest(Jid.group(UUID.randomUUID()).toString(),
        inSeconds(60), null)));
    assertInvalid("chat", service.createRemind(member(), new RemindRequest(chat, inSeconds(60), null)));
    assertInvalid("fire_at", service.createRemind(owner, new RemindRequest(chat, null, null)));
    assertInvalid("fire_at", service.createRemind(owner, new RemindRequest(chat, "tomorrow", null)));
    assertInvalid("fire_at", service.createRemind(owner, new RemindRequest(chat, "2030-01-01T10:00:00", null)));
    assertInvalid("fire_at", service.createRemind(owner, new RemindRequest(chat, inSeconds(-5), null)));
    assertInvalid("fire_at", service.createRemind(owner, new RemindRequest(chat, "+10000-01-01T00:00:00Z", null)));
    assertInvalid("comment", service.createRemind(owner, new RemindRequest(chat, inSeconds(60),
        "x".repeat(RemindInputs.MAX_COMMENT + 1))));
    assertInvalid("body", service.createRemind(owner, null));
    assertEquals(List.of(), await(service.reminds(owner)));
    assertEquals(ApiError.NOT_FOUND, failure(service.deleteRemind(owner, "not-a-uuid")).error());
    assertEquals(ApiError.NOT_FOUND, failure(service.deleteRemind(owner, UUID.randomUUID().toString()
        .toUpperCase())).error());
  }

  private static void assertInvalid(String field, io.vertx.core.Future<?> call) {
    ServiceException e = failure(call);
    assertEquals(ApiError.INVALID_DATA, e.error(), e.getMessage());
    assertTrue(e.details().containsKey(field), () -> "details " + e.details() + " for " + e.getMessage());
  }

  static void awaitEvents(UUID user, String name, int count) {
    long deadline = System.currentTimeMillis() + 5_000;
    while (eventsTo(user, name).size() < count && System.currentTimeMillis() < deadline) {
      sleep(20);
    }
    assertEquals(count, eventsTo(user, name).size(), name);
  }

  static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
