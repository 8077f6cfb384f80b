package org.tadaserver.testkit.client;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One REST answer: the HTTP status and the parsed envelope {@code {ok, result | error, reason, details}}.
 *
 * @param status the HTTP status (tdclient ignores it; tests check both)
 * @param body the whole JSON body (for /features.json a bare object, no envelope)
 */
public record RestResponse(int status, JsonNode body) {
  /** Parses a body; one that is not JSON is kept as a JSON string, so a test can show what came instead. */
  public static RestResponse of(int status, String text) {
    return new RestResponse(status, TadaSocket.json(text == null ? "" : text));
  }

  public boolean ok() {
    return body.path("ok").asBoolean(false);
  }

  /** The envelope's {@code result}; fails the test with the whole answer when the call did not succeed. */
  public JsonNode result() {
    if (status != 200 || !ok()) {
      throw new AssertionError("expected a successful answer, got " + this);
    }
    return body.path("result");
  }

  /** The error code, for example {@code INVALID_TOKEN}, or an empty string on success. */
  public String error() {
    return body.path("error").asText("");
  }

  public String reason() {
    return body.path("reason").asText("");
  }

  @Override
  public String toString() {
    return status + " " + body;
  }
}
