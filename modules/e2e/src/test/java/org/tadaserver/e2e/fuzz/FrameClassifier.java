package org.tadaserver.e2e.fuzz;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import org.tadaserver.e2e.fuzz.FuzzFrame.Expect;
import org.tadaserver.protocol.Wire;

/**
 * Decides what a frame is owed from its bytes, by the protocol's rules for client events (reference §1.5; the
 * envelope is read with the protocol's JSON rules, {@link Wire}): see {@link Expect}.
 */
final class FrameClassifier {
  private static final ObjectReader READER =
      Wire.mapper().reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private FrameClassifier() {}

  /** A frame built as a JSON object: tagged, then classified. */
  static FuzzFrame object(ObjectNode frame, boolean binary, int fragments, long seq) {
    JsonNode confirm = frame.get("confirm_id");
    JsonNode event = frame.get("event");
    JsonNode params = frame.get("params");
    Expect expect;
    if (confirm != null && !confirm.isNull() && !confirm.isTextual()) {
      expect = Expect.WARN_TAGGED;
    } else if (confirm != null && confirm.isTextual() && !confirm.asText().isEmpty()
        && !"client.confirm".equals(event == null ? null : event.asText(null))) {
      expect = Expect.CONFIRM;
    } else if (event == null || !event.isTextual() || !ClientEvents.NAMES.contains(event.asText())
        || (params != null && !params.isNull() && !params.isObject())) {
      expect = Expect.WARN_TAGGED;
    } else if (event.asText().equals("client.confirm") && !frame.path("params").path("confirm_id").isTextual()) {
      expect = Expect.WARN_TAGGED;
    } else {
      expect = Expect.QUIET;
    }
    String tag = FuzzFrame.tag(seq, expect);
    frame.put("fz", tag);
    byte[] data = frame.toString().getBytes(StandardCharsets.UTF_8);
    if (!isObject(data)) {
      // deeper than the JSON rules allow (or otherwise unreadable): refused before its envelope is looked at
      return new FuzzFrame(data, binary, fragments, Expect.WARN_RAW, null, null);
    }
    String confirmId = expect == Expect.CONFIRM ? confirm.asText() : null;
    return new FuzzFrame(data, binary, fragments, expect, confirmId, tag);
  }

  /**
   * Bytes meant to be no JSON object. Should a mutation have left an object after all, it is made unparseable (a NUL
   * in front), so that no mangled confirm_id can collide with another frame's.
   */
  static FuzzFrame raw(byte[] data, boolean binary, long seq) {
    byte[] bytes = isObject(data) ? prefixed(data) : data;
    return new FuzzFrame(bytes, binary, 1, Expect.WARN_RAW, null, null);
  }

  private static boolean isObject(byte[] data) {
    try {
      JsonNode tree = READER.readTree(data);
      return tree != null && tree.isObject();
    } catch (Exception e) {
      return false;
    }
  }

  private static byte[] prefixed(byte[] data) {
    byte[] out = new byte[data.length + 1];
    System.arraycopy(data, 0, out, 1, data.length);
    return out;
  }
}
