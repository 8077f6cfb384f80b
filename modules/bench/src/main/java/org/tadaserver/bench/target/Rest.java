package org.tadaserver.bench.target;

import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.json.JsonObject;
import org.tadaserver.bench.client.NodeUrl;

/**
 * REST calls of the generator ({@code /api/v4}, authenticated by the {@code token} header). A reply is the API envelope
 * {@code {"ok": true, "result": ...}}; anything else fails with the status and body, so set-up errors are readable.
 */
public final class Rest {
  /** A reply that has not started within this long fails the call instead of holding it forever. */
  private static final long REPLY_TIMEOUT_MS = 60_000;
  private final HttpClient http;

  public Rest(HttpClient http) {
    this.http = http;
  }

  public Future<Object> get(NodeUrl node, String path, String token) {
    return call(node, HttpMethod.GET, path, token, null);
  }

  public Future<Object> post(NodeUrl node, String path, String token, Object body) {
    return call(node, HttpMethod.POST, path, token, body);
  }

  private Future<Object> call(NodeUrl node, HttpMethod method, String path, String token, Object body) {
    RequestOptions options = new RequestOptions().setMethod(method).setHost(node.host()).setPort(node.port())
        .setURI(path).putHeader("content-type", "application/json").setIdleTimeout(REPLY_TIMEOUT_MS);
    if (token != null) {
      options.putHeader("token", token);
    }
    return http.request(options)
        .compose(req -> body == null ? req.send() : req.send(Buffer.buffer(io.vertx.core.json.Json.encode(body))))
        .compose(resp -> resp.body().compose(b -> {
          String text = b.toString();
          if (resp.statusCode() / 100 != 2) {
            return Future.failedFuture(method + " " + path + " -> HTTP " + resp.statusCode() + " " + abbreviate(text));
          }
          return Future.succeededFuture(new JsonObject(text).getValue("result"));
        }));
  }

  private static String abbreviate(String s) {
    return s.length() > 300 ? s.substring(0, 300) + "..." : s;
  }
}
