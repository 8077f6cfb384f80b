package org.tadaserver.e2e.limits;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.tadaserver.protocol.Wire;

/**
 * A WebSocket upgrade written by hand, so a test can send any header (Java's clients refuse to set some) and read the
 * refusal's headers ({@code Retry-After}). On 101 the socket stays open as a session until {@link #close}.
 */
final class RawHandshake implements AutoCloseable {
  private static final int TIMEOUT_MS = 10_000;
  private final Socket socket;
  private final int status;
  private final Map<String, String> headers;
  private final String body;

  private RawHandshake(Socket socket, int status, Map<String, String> headers, String body) {
    this.socket = socket;
    this.status = status;
    this.headers = headers;
    this.body = body;
  }

  /** Upgrades {@code /messaging/{team}} on 127.0.0.1:{@code port} with the token and extra header name/value pairs. */
  static RawHandshake open(int port, UUID team, String token, String... extra) throws IOException {
    Socket socket = new Socket("127.0.0.1", port);
    socket.setSoTimeout(TIMEOUT_MS);
    StringBuilder request = new StringBuilder("GET /messaging/").append(team).append(" HTTP/1.1\r\n")
        .append("Host: 127.0.0.1:").append(port).append("\r\n")
        .append("Upgrade: websocket\r\nConnection: Upgrade\r\n")
        .append("Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n")
        .append("token: ").append(token).append("\r\n");
    for (int i = 0; i < extra.length; i += 2) {
      request.append(extra[i]).append(": ").append(extra[i + 1]).append("\r\n");
    }
    OutputStream out = socket.getOutputStream();
    out.write(request.append("\r\n").toString().getBytes(StandardCharsets.US_ASCII));
    out.flush();
    InputStream in = socket.getInputStream();
    String statusLine = line(in);
    Map<String, String> headers = new LinkedHashMap<>();
    for (String h = line(in); !h.isEmpty(); h = line(in)) {
      int colon = h.indexOf(':');
      headers.put(h.substring(0, colon).strip().toLowerCase(Locale.ROOT), h.substring(colon + 1).strip());
    }
    int status = Integer.parseInt(statusLine.split(" ")[1]);
    String body = "";
    if (status != 101 && headers.containsKey("content-length")) {
      body = new String(in.readNBytes(Integer.parseInt(headers.get("content-length"))), StandardCharsets.UTF_8);
    }
    return new RawHandshake(socket, status, headers, body);
  }

  int status() {
    return status;
  }

  /** A response header (name in any case), or null. */
  String header(String name) {
    return headers.get(name.toLowerCase(Locale.ROOT));
  }

  /** The error envelope of a refusal. */
  JsonNode json() {
    try {
      return Wire.mapper().readTree(body);
    } catch (IOException e) {
      throw new AssertionError("not JSON: " + body, e);
    }
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }

  private static String line(InputStream in) throws IOException {
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    for (int b = in.read(); b != '\n'; b = in.read()) {
      if (b < 0) {
        throw new IOException("connection closed in the handshake answer");
      }
      if (b != '\r') {
        buf.write(b);
      }
    }
    return buf.toString(StandardCharsets.US_ASCII);
  }
}
