package org.tadaserver.testkit;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.tadaserver.protocol.Wire;
import org.tadaserver.testkit.client.RestResponse;
import org.tadaserver.testkit.client.SocketOptions;
import org.tadaserver.testkit.client.TadaSocket;
import org.tadaserver.testkit.client.UpgradeRefused;

/**
 * The protocol client of the tests: REST calls and WebSocket sessions against a node, the way tada clients make them
 * (token in the {@code token} header, REST bodies without a Content-Type, like tdclient). Blocking, with tdclient's
 * 10 s timeouts; immutable (each {@code with...} returns a new client sharing the same connection pool).
 *
 * <pre>{@code
 * TadaClient alice = TadaClient.of(node.baseUrl()).withToken(token);
 * JsonNode teams = alice.get("/api/v4/teams").result();
 * try (TadaSocket ws = alice.ws(team)) {
 *   ws.await("server.time");
 *   ws.awaitConfirm(ws.send("client.ping", null));
 * }
 * }</pre>
 */
public final class TadaClient {
  private static final Duration TIMEOUT = Duration.ofSeconds(10);
  private static final HttpClient HTTP = HttpClient.newBuilder()
      .version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(TIMEOUT)
      .build();
  private final URI base;
  private final String token;
  private final Map<String, String> headers;

  private TadaClient(URI base, String token, Map<String, String> headers) {
    this.base = base;
    this.token = token;
    this.headers = Map.copyOf(headers);
  }

  /** A client without token for the node at {@code baseUrl} ({@code http://127.0.0.1:<port>}). */
  public static TadaClient of(String baseUrl) {
    return new TadaClient(URI.create(baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl),
        null, Map.of());
  }

  /** The same client authenticated with {@code token} (null for none). */
  public TadaClient withToken(String token) {
    return new TadaClient(base, token, headers);
  }

  /** The same client sending one more header on every request and upgrade (for example {@code X-Device-Name}). */
  public TadaClient withHeader(String name, String value) {
    Map<String, String> more = new LinkedHashMap<>(headers);
    more.put(name, value);
    return new TadaClient(base, token, more);
  }

  public String token() {
    return token;
  }

  public RestResponse get(String path) {
    return request("GET", path, null);
  }

  public RestResponse delete(String path) {
    return request("DELETE", path, null);
  }

  /** POSTs {@code body}: a String is sent as it is, anything else as its wire JSON. */
  public RestResponse post(String path, Object body) {
    return request("POST", path, encode(body));
  }

  public RestResponse put(String path, Object body) {
    return request("PUT", path, encode(body));
  }

  /** Any method, with a raw body (null for none), without a Content-Type. */
  public RestResponse request(String method, String path, String body) {
    HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(TIMEOUT)
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    authHeaders().forEach(request::header);
    try {
      HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
      return RestResponse.of(response.statusCode(), response.body());
    } catch (IOException e) {
      throw new IllegalStateException(method + " " + path + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(method + " " + path + " interrupted", e);
    }
  }

  /**
   * Opens {@code /messaging/{team}} with the token in the {@code token} header, text frames, automatic confirms.
   *
   * @throws UpgradeRefused when the server refuses the upgrade (bad token, not a member...)
   */
  public TadaSocket ws(UUID team) {
    return ws(team, SocketOptions.DEFAULT);
  }

  /** Opens {@code /messaging/{team}} the way {@code options} say (token in a cookie or the query, binary frames...). */
  public TadaSocket ws(UUID team, SocketOptions options) {
    String uri = base.toString().replaceFirst("^http", "ws") + "/messaging/" + team;
    Map<String, String> upgrade = new LinkedHashMap<>(headers);
    if (token != null) {
      switch (options.tokenIn()) {
        case HEADER -> upgrade.put("token", token);
        case COOKIE -> upgrade.put("Cookie", "token=" + token);
        case QUERY -> uri += "?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
        case NONE -> { }
      }
    }
    return TadaSocket.open(HTTP, URI.create(uri), upgrade, options);
  }

  private Map<String, String> authHeaders() {
    Map<String, String> all = new LinkedHashMap<>(headers);
    if (token != null) {
      all.put("token", token);
    }
    return all;
  }

  private static String encode(Object body) {
    return body == null ? null : body instanceof String text ? text : Wire.toJson(body);
  }
}
