package org.tadaserver.bench.client;

import java.net.URI;

/** One server node: {@code http://host:port} (REST, /metrics) and its WebSocket at the same address. */
public record NodeUrl(String host, int port) {

  /** Parses {@code http://h:p}, {@code ws://h:p} or {@code h:p}; a path is ignored. */
  public static NodeUrl parse(String text) {
    String s = text.contains("://") ? text : "http://" + text;
    URI uri = URI.create(s);
    if (uri.getHost() == null || uri.getPort() <= 0) {
      throw new IllegalArgumentException("not a node address (http://host:port): " + text);
    }
    return new NodeUrl(uri.getHost(), uri.getPort());
  }

  public String http() {
    return "http://" + host + ":" + port;
  }

  @Override
  public String toString() {
    return http();
  }
}
