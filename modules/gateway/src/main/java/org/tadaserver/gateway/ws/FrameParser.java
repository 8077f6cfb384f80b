package org.tadaserver.gateway.ws;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.tadaserver.protocol.Wire;

/**
 * Turns one WebSocket message into a {@link ClientEvent}. Text and binary messages are read alike, as UTF-8 JSON
 * (tdclient sends binary frames, browsers text). Every way a message can be unusable is a {@link Rejected} that
 * carries the warning text and the {@code orig} to echo: the parsed JSON when there is some, else the raw text.
 *
 * <p>confirm_id must be a JSON string: tdclient type-asserts it, so a number would never be confirmed. An event with a
 * confirm_id of another type is rejected as a whole rather than run without a confirm, since the client would resend
 * it forever.
 */
final class FrameParser {
  private static final ObjectReader READER =
      Wire.mapper().reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  /** The message cannot be processed; answer {@code server.warning {message, orig}}. */
  static final class Rejected extends RuntimeException {
    private final transient JsonNode orig;

    Rejected(String message, JsonNode orig) {
      super(message, null, false, false);
      this.orig = orig;
    }

    JsonNode orig() {
      return orig;
    }
  }

  private FrameParser() {}

  /**
   * Parses one message.
   *
   * @throws Rejected when it is not JSON, not an object, or has a missing or wrongly typed event, params or confirm_id
   */
  static ClientEvent parse(byte[] utf8) {
    JsonNode tree;
    try {
      tree = READER.readTree(utf8);
    } catch (JsonProcessingException e) {
      throw new Rejected("malformed JSON: " + e.getOriginalMessage(), rawText(utf8));
    } catch (IOException e) {
      throw new Rejected("malformed JSON: " + e.getMessage(), rawText(utf8));
    }
    if (tree == null || !tree.isObject()) {
      throw new Rejected("an event must be a JSON object", tree == null || tree.isMissingNode() ? rawText(utf8) : tree);
    }
    return event((ObjectNode) tree);
  }

  private static ClientEvent event(ObjectNode tree) {
    JsonNode event = tree.get("event");
    if (event == null || event.isNull() || (event.isTextual() && event.asText().isEmpty())) {
      throw new Rejected("missing event", tree);
    }
    if (!event.isTextual()) {
      throw new Rejected("event must be a string", tree);
    }
    JsonNode confirmId = tree.get("confirm_id");
    if (confirmId != null && !confirmId.isNull() && !confirmId.isTextual()) {
      throw new Rejected("confirm_id must be a string", tree);
    }
    JsonNode params = tree.get("params");
    if (params != null && !params.isNull() && !params.isObject()) {
      throw new Rejected(event.asText() + ": params must be an object", tree);
    }
    return new ClientEvent(
        event.asText(),
        params == null || params.isNull() ? null : (ObjectNode) params,
        confirmId == null || confirmId.isNull() ? null : confirmId.asText(),
        tree);
  }

  private static JsonNode rawText(byte[] utf8) {
    return TextNode.valueOf(new String(utf8, StandardCharsets.UTF_8));
  }
}
