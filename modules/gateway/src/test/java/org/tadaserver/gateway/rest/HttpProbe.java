package org.tadaserver.gateway.rest;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.tadaserver.protocol.Wire;

/** A blocking HTTP client for tests: sends a request, decodes the JSON answer. */
final class HttpProbe {
  private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final String base;

  HttpProbe(String base) {
    this.base = base;
  }

  /** What came back; {@code json} is null when the body is not JSON (which every test treats as a failure). */
  record Reply(int status, String contentType, String body, JsonNode json) {}

  /**
   * Sends {@code method path} with {@code body} (null for none) and header name/value pairs, with no Content-Type unless
   * one is among the headers (tdclient sends none).
   */
  Reply send(String method, String path, String body, String... headers) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(10))
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    try {
      HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
      String type = response.headers().firstValue("content-type").orElse("");
      return new Reply(response.statusCode(), type, response.body(), parse(response.body()));
    } catch (IOException e) {
      throw new IllegalStateException(method + " " + path + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static JsonNode parse(String body) {
    try {
      return Wire.mapper().readTree(body);
    } catch (IOException e) {
      return null;
    }
  }
}
