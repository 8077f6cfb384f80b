package org.tadaserver.gateway;

import org.tadaserver.protocol.Limits;

/**
 * Settings of the HTTP edge ({@code gateway.*} in conf/application.yaml).
 *
 * @param host interface to bind (127.0.0.1 in tests)
 * @param port HTTP port; 0 picks a free one
 * @param publicUrl base URL clients reach this node at (features.json {@code host}, upload links); empty = from the request
 * @param maxFrameBytes largest WebSocket message accepted; a larger one closes the socket with 1009
 * @param maxBodyBytes largest REST body accepted; a larger one is answered 413
 * @param outboundQueueFrames frames queued for a session that does not read; past that it is disconnected
 * @param limits the limits advertised in features.json and enforced
 */
public record GatewayConfig(
    String host, int port, String publicUrl, int maxFrameBytes, int maxBodyBytes, int outboundQueueFrames, Limits limits) {

  public static GatewayConfig defaults() {
    return new GatewayConfig("0.0.0.0", 8000, "", 1 << 20, 1 << 20, 1_000, Limits.DEFAULTS);
  }

  public GatewayConfig withPort(String host, int port) {
    return new GatewayConfig(host, port, publicUrl, maxFrameBytes, maxBodyBytes, outboundQueueFrames, limits);
  }
}
