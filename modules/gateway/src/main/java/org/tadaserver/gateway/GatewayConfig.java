package org.tadaserver.gateway;

import org.tadaserver.gateway.limits.ClientAddress;
import org.tadaserver.gateway.limits.OriginPolicy;
import org.tadaserver.gateway.limits.RateLimitConfig;
import org.tadaserver.protocol.Limits;

/**
 * Settings of the HTTP edge ({@code gateway.*} and {@code rate_limits.*} in conf/application.yaml).
 *
 * @param host interface to bind (127.0.0.1 in tests)
 * @param port HTTP port; 0 picks a free one
 * @param publicUrl base URL clients reach this node at (features.json {@code host}, upload links); empty = from the request
 * @param maxFrameBytes largest WebSocket message accepted; a larger one closes the socket with 1009
 * @param maxBodyBytes largest REST body accepted; a larger one is answered 413
 * @param outboundQueueFrames frames queued for a session that does not read; past that it is disconnected
 * @param limits the limits advertised in features.json and enforced
 * @param rateLimits login, event and connection rate limits
 * @param clientAddress how the client's address is found (trusted proxies' forwarding headers)
 * @param origins the web origins allowed to open WebSockets
 */
public record GatewayConfig(
    String host, int port, String publicUrl, int maxFrameBytes, int maxBodyBytes, int outboundQueueFrames, Limits limits,
    RateLimitConfig rateLimits, ClientAddress clientAddress, OriginPolicy origins) {

  /** Without rate limits, forwarding headers or an origin list: for tests of other things. */
  public GatewayConfig(String host, int port, String publicUrl, int maxFrameBytes, int maxBodyBytes,
      int outboundQueueFrames, Limits limits) {
    this(host, port, publicUrl, maxFrameBytes, maxBodyBytes, outboundQueueFrames, limits, RateLimitConfig.UNLIMITED,
        ClientAddress.direct(), OriginPolicy.ANY);
  }

  public static GatewayConfig defaults() {
    return new GatewayConfig("0.0.0.0", 8000, "", 1 << 20, 1 << 20, 1_000, Limits.DEFAULTS, RateLimitConfig.DEFAULTS,
        ClientAddress.direct(), OriginPolicy.ANY);
  }

  public GatewayConfig withPort(String host, int port) {
    return new GatewayConfig(host, port, publicUrl, maxFrameBytes, maxBodyBytes, outboundQueueFrames, limits, rateLimits,
        clientAddress, origins);
  }

  /** A copy with other rate limits. */
  public GatewayConfig withRateLimits(RateLimitConfig rateLimits) {
    return new GatewayConfig(host, port, publicUrl, maxFrameBytes, maxBodyBytes, outboundQueueFrames, limits, rateLimits,
        clientAddress, origins);
  }
}
