package org.tadaserver.gateway.ws;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * Coverage-guided fuzzing of client-event dispatch: any message, parsed and run through the production handler table
 * (chats, calls, presence, ping, confirm, placeholders), is answered by a warning and/or a confirm as the protocol
 * says, and no untyped exception escapes a handler ({@link DispatchHarness#handle} states the contract).
 *
 * <p>Seeds (src/test/resources/.../DispatchFuzzTestInputs/dispatch) are every client event of the spec, with real
 * values and with the spec's placeholders. Without {@code JAZZER_FUZZ} only the seeds run; the module's {@code fuzz}
 * surefire execution fuzzes for {@code maxDuration}.
 */
class DispatchFuzzTest {
  private static DispatchHarness harness;

  @BeforeAll
  static void start() {
    harness = new DispatchHarness();
  }

  @AfterAll
  static void stop() {
    harness.close();
  }

  @FuzzTest(maxDuration = "20s")
  void dispatch(byte[] message) {
    harness.handle(message);
  }
}
