package org.tadaserver.gateway.limits;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The address a request comes from, for per-address limits: the peer's IP, unless the peer is one of the configured
 * trusted reverse proxies or networks (nginx in front of the nodes); then the last address in {@code X-Forwarded-For} that is not
 * itself a trusted proxy, else {@code X-Real-IP}. Headers from any other peer are ignored, since a client can write
 * whatever it likes there. Addresses are compared in canonical form ({@code ::1} and {@code 0:0:0:0:0:0:0:1} are one).
 */
public final class ClientAddress {
  /** An IPv4 or IPv6 literal: parsing it never queries DNS. */
  private static final Pattern LITERAL = Pattern.compile("[0-9A-Fa-f:.]{2,45}");
  private static final ClientAddress DIRECT = new ClientAddress(List.of());
  private final List<TrustedNetwork> trusted;

  private ClientAddress(List<TrustedNetwork> trusted) {
    this.trusted = trusted;
  }

  /** Believes no forwarding headers. */
  public static ClientAddress direct() {
    return DIRECT;
  }

  /**
   * Trusts the proxies in {@code csv} (comma separated IP literals or CIDR networks; empty = none). Fails with
   * {@link IllegalArgumentException} on anything else (host names are refused: resolving them would make trust depend
   * on DNS).
   */
  public static ClientAddress trusting(String csv) {
    return new ClientAddress(Arrays.stream(csv.split(",")).map(String::strip).filter(s -> !s.isEmpty())
        .map(TrustedNetwork::parse).toList());
  }

  /** The client's address as this node sees it (never null; "unknown" when the peer address is not known). */
  public String of(HttpServerRequest request) {
    SocketAddress remote = request.remoteAddress();
    return resolve(remote == null ? null : remote.hostAddress(), request.getHeader("X-Forwarded-For"),
        request.getHeader("X-Real-IP"));
  }

  /** {@link #of} on the peer's address and the two headers (each may be null). */
  String resolve(String peerAddress, String forwardedFor, String realIp) {
    String peer = canonical(peerAddress);
    if (peer == null) {
      return "unknown";
    }
    if (!isTrusted(peer)) {
      return peer;
    }
    String forwarded = lastUntrusted(forwardedFor);
    if (forwarded != null) {
      return forwarded;
    }
    String real = realIp == null ? null : canonical(realIp.strip());
    return real == null ? peer : real;
  }

  private String lastUntrusted(String header) {
    if (header == null) {
      return null;
    }
    List<String> hops = Arrays.asList(header.split(","));
    for (int i = hops.size() - 1; i >= 0; i--) {
      String hop = canonical(hops.get(i).strip());
      if (hop == null) {
        return null; // garbage in the chain: believe nothing further left of it
      }
      if (!isTrusted(hop)) {
        return hop;
      }
    }
    return null;
  }

  private boolean isTrusted(String address) {
    return trusted.stream().anyMatch(network -> network.contains(address));
  }

  /** The canonical text of an IP literal, or null if {@code text} is not one. */
  static String canonical(String text) {
    if (text == null || !LITERAL.matcher(text).matches()) {
      return null;
    }
    try {
      return InetAddress.getByName(text).getHostAddress();
    } catch (UnknownHostException e) {
      return null;
    }
  }
}
