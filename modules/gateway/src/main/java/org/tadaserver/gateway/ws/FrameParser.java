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
 * confirm_id of another type is rejected as a whole rather than run without a confirm, since a client would resend it
 * and the action would run again each time.
 */
final class FrameParser {
  private static final ObjectReader READER =
      Wire.mapper().reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  /**
   * The message cannot be processed; answer {@code server.warning {message, orig}}, then {@code server.confirm} if it
   * carried a usable confirm id (so the client stops resending it).
   */
  static final class Rejected extends RuntimeException {
    private final transient JsonNode orig;
    private final String confirmId;

    Rejected(String message, JsonNode orig, String confirmId) {
      super(message, null, false, false);
      this.orig = orig;
      this.confirmId = confirmId;
    }

    Rejected(String message, JsonNode orig) {
      this(message, orig, null);
    }

    JsonNode orig() {
      return orig;
    }

    /** The string confirm_id of the message, or null when it had none or had one of another type. */
    String confirmId() {
      return confirmId;
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
    JsonNode confirmNode = tree.get("confirm_id");
    if (confirmNode != null && !confirmNode.isNull() && !confirmNode.isTextual()) {
      throw new Rejected("confirm_id must be a string", tree);
    }
    String confirmId = confirmNode == null || confirmNode.isNull() ? null : confirmNode.asText();
    JsonNode event = tree.get("event");
    if (event == null || event.isNull() || (event.isTextual() && event.asText().isEmpty())) {
      throw new Rejected("missing event", tree, confirmId);
    }
    if (!event.isTextual()) {
      throw new Rejected("event must be a string", tree, confirmId);
    }
    JsonNode params = tree.get("params");
    if (params != null && !params.isNull() && !params.isObject()) {
      throw new Rejected(event.asText() + ": params must be an object", tree, confirmId);
    }
    ObjectNode paramsObject = params == null || params.isNull() ? null : (ObjectNode) params;
    return new ClientEvent(event.asText(), paramsObject, confirmId, tree);
  }

  private static JsonNode rawText(byte[] utf8) {
    return TextNode.valueOf(new String(utf8, StandardCharsets.UTF_8));
  }
}
