package org.tadaserver.e2e.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.tadaserver.protocol.ApiError;
import org.tadaserver.protocol.Wire;

/**
 * Raw HTTP against a node, the way tdclient talks: JSON bodies without a Content-Type, the token in a {@code token}
 * header, every answer JSON-decoded. Kept raw on purpose, so the tests can send what a typed client never would
 * (malformed JSON, wrong types, oversized bodies).
 */
final class Api {
  private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final String base;

  Api(String base) {
    this.base = base;
  }

  /** One answer; {@code json} is null when the body is not JSON, which {@link #ok} and {@link #error} reject. */
  record Reply(int status, String contentType, String body, JsonNode json) {}

  /** {@code method path} with an optional body (null = none) and header name/value pairs. */
  Reply send(String method, String path, String body, String... headers) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(15))
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    try {
      HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
      return new Reply(response.statusCode(), response.headers().firstValue("content-type").orElse(""),
          response.body(), parse(response.body()));
    } catch (IOException e) {
      throw new IllegalStateException(method + " " + path + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** {@code method path} as the holder of {@code token}. */
  Reply as(String token, String method, String path, String body) {
    return send(method, path, body, "token", token);
  }

  /** Asserts a 200 success envelope and returns its {@code result}. */
  static JsonNode ok(Reply reply) {
    assertNotNull(reply.json(), "not JSON: " + reply.body());
    assertEquals(200, reply.status(), reply.body());
    assertTrue(reply.contentType().startsWith("application/json"), reply.contentType());
    assertTrue(reply.json().path("ok").asBoolean(), reply.body());
    return reply.json().path("result");
  }

  /** Asserts an error envelope with the code and its HTTP status; returns the whole envelope. */
  static JsonNode error(Reply reply, ApiError expected) {
    assertNotNull(reply.json(), "not JSON: " + reply.body());
    assertEquals(expected.code(), reply.json().path("error").asText(), reply.body());
    assertEquals(expected.status(), reply.status(), reply.body());
    assertTrue(reply.contentType().startsWith("application/json"), reply.contentType());
    assertFalse(reply.json().path("ok").asBoolean(true), reply.body());
    assertFalse(reply.json().has("result"), reply.body());
    return reply.json();
  }

  /** A JSON object text from alternating keys and values (values are encoded as JSON). */
  static String json(Object... pairs) {
    var node = Wire.mapper().createObjectNode();
    for (int i = 0; i < pairs.length; i += 2) {
      node.set((String) pairs[i], Wire.mapper().valueToTree(pairs[i + 1]));
    }
    return node.toString();
  }

  private static JsonNode parse(String body) {
    try {
      return body == null || body.isEmpty() ? null : Wire.mapper().readTree(body);
    } catch (IOException e) {
      return null;
    }
  }
}
