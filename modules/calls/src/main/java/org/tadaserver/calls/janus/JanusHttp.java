package org.tadaserver.calls.janus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import java.io.IOException;
import org.tadaserver.protocol.Wire;

/**
 * Janus's plain-JSON HTTP API ({@code POST /janus}, {@code POST /janus/<session>[/<handle>]}, long poll
 * {@code GET /janus/<session>}). Transport failures become {@link JanusException} with code 0, so callers treat an
 * unreachable Janus like a lost session.
 */
public final class JanusHttp {
  private final HttpClient client;
  private final String base;

  /** @param baseUrl the API root, e.g. {@code http://127.0.0.1:8088/janus} */
  public JanusHttp(Vertx vertx, String baseUrl) {
    this.client = vertx.createHttpClient(new HttpClientOptions().setKeepAlive(true));
    this.base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
  }

  /** POSTs {@code body} to {@code base + path} and returns the decoded reply. */
  public Future<JsonNode> post(String path, ObjectNode body, long timeoutMs) {
    RequestOptions options = new RequestOptions().setMethod(HttpMethod.POST).setAbsoluteURI(base + path)
        .setIdleTimeout(timeoutMs).putHeader("Content-Type", "application/json");
    return exchange(options, Buffer.buffer(body.toString()));
  }

  /** GETs {@code base + path} (the long poll); Janus answers after at most about 30 s. */
  public Future<JsonNode> get(String path, long timeoutMs) {
    RequestOptions options = new RequestOptions().setMethod(HttpMethod.GET).setAbsoluteURI(base + path)
        .setIdleTimeout(timeoutMs);
    return exchange(options, null);
  }

  private Future<JsonNode> exchange(RequestOptions options, Buffer body) {
    return client.request(options)
        .compose(req -> body == null ? req.send() : req.send(body))
        .compose(resp -> resp.body().map(buf -> decode(resp.statusCode(), buf)))
        .recover(e -> Future.failedFuture(e instanceof JanusException ? e
            : new JanusException(0, "unreachable: " + e.getMessage())));
  }

  private static JsonNode decode(int status, Buffer body) {
    if (status != 200) {
      throw new JanusException(0, "HTTP " + status);
    }
    try {
      return Wire.mapper().readTree(body.getBytes());
    } catch (IOException e) {
      throw new JanusException(0, "undecodable reply");
    }
  }

  public Future<Void> close() {
    return client.close();
  }
}
