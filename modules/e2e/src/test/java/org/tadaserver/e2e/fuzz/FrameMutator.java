package org.tadaserver.e2e.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Makes the socket fuzzer's frames: a valid client event (any of the protocol's, with ids from {@link FuzzIds}: the
 * sender's own, other teams', made up), then usually one or more mutations: wrong types, missing fields, huge numbers,
 * deep nesting, long and odd strings, broken envelopes, broken confirm ids; or the bytes themselves broken (truncated,
 * flipped, random, invalid UTF-8), or over the node's size cap. Each frame is classified by {@link FrameClassifier}.
 * Deterministic for a seed, so a run can be repeated.
 */
final class FrameMutator {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
  private final SplittableRandom random;
  private final FuzzIds ids;
  private final int capBytes;
  private final String session;
  private long seq;

  FrameMutator(long seed, FuzzIds ids, int capBytes, String session) {
    this.random = new SplittableRandom(seed);
    this.ids = ids;
    this.capBytes = capBytes;
    this.session = session;
  }

  /** The next frame; {@code allowClose} lets it be one that ends the session (1 in {@code closeEvery}). */
  FuzzFrame next(boolean allowClose, int closeEvery) {
    long n = ++seq;
    String confirmId = "fz" + session + "-" + n;
    if (allowClose && random.nextInt(closeEvery) == 0) {
      return tooBig(confirmId);
    }
    int roll = random.nextInt(100);
    boolean binary = random.nextInt(4) == 0;
    if (roll < 12) {
      return FrameClassifier.raw(brokenBytes(valid(confirmId)), binary, n);
    }
    ObjectNode frame = valid(confirmId);
    if (roll >= 22) {
      int mutations = 1 + random.nextInt(3);
      for (int i = 0; i < mutations; i++) {
        mutate(frame, n);
      }
    }
    return FrameClassifier.object(frame, binary, fragments(), n);
  }

  private int fragments() {
    return random.nextInt(10) == 0 ? 2 + random.nextInt(3) : 1;
  }

  private ObjectNode valid(String confirmId) {
    ObjectNode frame = JSON.objectNode();
    String event = ClientEvents.NAMES.get(random.nextInt(ClientEvents.NAMES.size()));
    frame.put("event", event);
    frame.set("params", ClientEvents.params(event, ids, random));
    frame.put("confirm_id", confirmId);
    return frame;
  }

  private void mutate(ObjectNode frame, long n) {
    ObjectNode params = frame.path("params") instanceof ObjectNode p ? p : null;
    switch (random.nextInt(12)) {
      case 0 -> retypeParam(params);
      case 1 -> dropParam(params);
      case 2 -> setParam(params, hugeNumber());
      case 3 -> setParam(params, deep(1 + random.nextInt(random.nextBoolean() ? 40 : 990)));
      case 4 -> setParam(params, JSON.textNode(oddString()));
      case 5 -> frame.set("event", eventName());
      case 6 -> confirmId(frame, n);
      case 7 -> frame.set("params", random.nextBoolean() ? JSON.textNode("x") : random.nextBoolean()
          ? JSON.arrayNode() : JSON.numberNode(random.nextInt()));
      case 8 -> frame.remove(random.nextBoolean() ? "params" : "event");
      case 9 -> setParam(params, JSON.textNode(ids.any(random)));
      case 10 -> setParam(params, JSON.textNode("p".repeat(random.nextInt(Math.max(1, capBytes / 4)))));
      default -> setParam(params, JSON.nullNode());
    }
  }

  private void retypeParam(ObjectNode params) {
    if (params == null || params.isEmpty()) {
      return;
    }
    String key = keyOf(params);
    JsonNode old = params.get(key);
    JsonNode other = old.isTextual() ? JSON.numberNode(random.nextLong())
        : old.isBoolean() ? JSON.textNode(String.valueOf(old.asBoolean()))
        : old.isNumber() ? JSON.textNode(old.asText())
        : old.isArray() ? JSON.objectNode().put("0", "x")
        : old.isObject() ? JSON.arrayNode().add(old) : JSON.booleanNode(true);
    params.set(key, other);
  }

  private void dropParam(ObjectNode params) {
    if (params != null && !params.isEmpty()) {
      params.remove(keyOf(params));
    }
  }

  /** Sets a random existing key, or a made-up one. */
  private void setParam(ObjectNode params, JsonNode value) {
    if (params == null) {
      return;
    }
    String key = params.isEmpty() || random.nextInt(4) == 0 ? "x" + random.nextInt(5) : keyOf(params);
    params.set(key, value);
  }

  private String keyOf(ObjectNode params) {
    List<String> keys = new ArrayList<>();
    params.fieldNames().forEachRemaining(keys::add);
    return keys.get(random.nextInt(keys.size()));
  }

  private JsonNode hugeNumber() {
    return switch (random.nextInt(6)) {
      case 0 -> JSON.numberNode(new java.math.BigInteger("9".repeat(1 + random.nextInt(400))));
      case 1 -> JSON.numberNode(Long.MIN_VALUE);
      case 2 -> JSON.numberNode(new java.math.BigDecimal("1e" + random.nextInt(100_000)));
      case 3 -> JSON.numberNode(-0.0);
      case 4 -> JSON.numberNode(Double.MAX_VALUE);
      default -> JSON.numberNode(1.5);
    };
  }

  private JsonNode deep(int depth) {
    JsonNode node = JSON.textNode("bottom");
    for (int i = 0; i < depth; i++) {
      node = random.nextBoolean() ? JSON.arrayNode().add(node) : JSON.objectNode().set("d", node);
    }
    return node;
  }

  private String oddString() {
    return switch (random.nextInt(6)) {
      case 0 -> "\ud800";                                  // a lone surrogate (escaped as \\ud800 in JSON)
      case 1 -> "\u0000\u0001\u001f\u007f";
      case 2 -> "💬".repeat(1 + random.nextInt(2000));
      case 3 -> "";
      case 4 -> " \t\n ";
      default -> "\u202eevil\u200b";
    };
  }

  private JsonNode eventName() {
    return switch (random.nextInt(7)) {
      case 0 -> JSON.textNode("client.nope" + random.nextInt(100));
      case 1 -> JSON.textNode("server.message.updated");
      case 2 -> JSON.textNode("");
      case 3 -> JSON.numberNode(5);
      case 4 -> JSON.arrayNode().add("client.ping");
      case 5 -> JSON.textNode("CLIENT.PING");
      default -> JSON.textNode("client.ping\u0000");
    };
  }

  private void confirmId(ObjectNode frame, long n) {
    switch (random.nextInt(6)) {
      case 0 -> frame.put("confirm_id", n);
      case 1 -> frame.remove("confirm_id");
      case 2 -> frame.put("confirm_id", "");
      case 3 -> frame.set("confirm_id", JSON.nullNode());
      case 4 -> frame.set("confirm_id", JSON.objectNode().put("id", "x"));
      default -> frame.put("confirm_id", frame.path("confirm_id").asText() + "/" + "é".repeat(random.nextInt(300)));
    }
  }

  /** The text of a valid frame, broken so that it is no JSON object any more (or not even UTF-8). */
  private byte[] brokenBytes(ObjectNode frame) {
    byte[] text = frame.toString().getBytes(StandardCharsets.UTF_8);
    return switch (random.nextInt(7)) {
      case 0 -> java.util.Arrays.copyOf(text, random.nextInt(text.length)); // truncated
      case 1 -> {
        byte[] flipped = text.clone();
        for (int i = 0; i < 1 + random.nextInt(8); i++) {
          flipped[random.nextInt(flipped.length)] = (byte) random.nextInt(256);
        }
        yield flipped;
      }
      case 2 -> randomBytes(random.nextInt(2048));
      case 3 -> withInvalidUtf8(text);
      case 4 -> ("[" + frame + "]").getBytes(StandardCharsets.UTF_8);
      case 5 -> tooDeep(frame, 1001 + random.nextInt(Math.max(1, capBytes / 4)));
      default -> (frame + frame.toString()).getBytes(StandardCharsets.UTF_8);
    };
  }

  /** The frame with a param nested deeper than the JSON rules allow (1000 levels), written by hand: Jackson would
   *  refuse to write it. */
  private byte[] tooDeep(ObjectNode frame, int depth) {
    String text = frame.toString();
    String nested = "[".repeat(depth) + "]".repeat(depth);
    int at = text.indexOf("\"params\":{");
    String out = at < 0 ? "{\"event\":\"client.ping\",\"params\":{\"x\":" + nested + "}}"
        : text.substring(0, at + 10) + "\"x\":" + nested + "," + text.substring(at + 10);
    return out.getBytes(StandardCharsets.UTF_8);
  }

  private byte[] withInvalidUtf8(byte[] text) {
    byte[] bad = {(byte) 0xc3, (byte) 0x28, (byte) 0xff, (byte) 0xed, (byte) 0xa0, (byte) 0x80};
    int at = 1 + random.nextInt(Math.max(1, text.length - 2));
    byte[] out = new byte[text.length + 2];
    System.arraycopy(text, 0, out, 0, at);
    int start = random.nextInt(bad.length - 1);
    out[at] = bad[start];
    out[at + 1] = bad[start + 1];
    System.arraycopy(text, at, out, at + 2, text.length - at);
    return out;
  }

  private byte[] randomBytes(int length) {
    byte[] bytes = new byte[length];
    for (int i = 0; i < length; i++) {
      bytes[i] = (byte) random.nextInt(256);
    }
    return bytes;
  }

  private FuzzFrame tooBig(String confirmId) {
    String pad = "b".repeat(capBytes + 1 + random.nextInt(capBytes));
    byte[] data = ("{\"event\":\"client.ping\",\"confirm_id\":\"" + confirmId + "\",\"params\":{\"pad\":\"" + pad + "\"}}")
        .getBytes(StandardCharsets.UTF_8);
    return new FuzzFrame(data, random.nextBoolean(), random.nextBoolean() ? 1 : 3, FuzzFrame.Expect.CLOSE_TOO_BIG,
        null, null);
  }
}
