package org.tadaserver.e2e.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Pattern;
import org.tadaserver.testkit.client.RestResponse;

/** Checks of one answer against its {@link Expect}, and the comparison of answers apart from the ids in them. */
final class Answers {
  private static final Pattern IDS =
      Pattern.compile("(?i)([dgt]-)?[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

  private Answers() {}

  /** Asserts the status and envelope of {@code expect}; a refusal must name its error and give a reason. */
  static void check(Expect expect, RestResponse answer, String what) {
    if (expect.allowed()) {
      assertEquals(200, answer.status(), () -> what + ": " + answer);
      assertTrue(answer.ok(), () -> what + ": " + answer);
      return;
    }
    assertEquals(expect.error().code(), answer.error(), () -> what + ": " + answer);
    assertEquals(expect.status(), answer.status(), () -> what + ": " + answer);
    assertFalse(answer.body().path("ok").asBoolean(true), () -> what + ": " + answer);
    assertFalse(answer.body().has("result"), () -> what + ": " + answer);
    assertFalse(answer.reason().isBlank(), () -> what + ": no reason in " + answer);
  }

  /** The status and body with every id replaced by {@code <id>}. */
  static String normalized(RestResponse answer) {
    return answer.status() + " " + normalized(answer.body().toString());
  }

  static String normalized(String text) {
    return IDS.matcher(text).replaceAll("<id>");
  }
}
