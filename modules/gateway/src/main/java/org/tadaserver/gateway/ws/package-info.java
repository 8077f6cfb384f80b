/**
 * WebSocket sessions at {@code GET /messaging/{team}} (protocol reference §1).
 *
 * <p>The path of a connection:
 * <ol>
 *   <li>{@link org.tadaserver.gateway.ws.Handshake}: token from the {@code token} header, a {@code token} cookie or
 *       {@code ?token=}; {@code DirectoryService.authenticate} and {@code membership} over the event bus; a refusal is
 *       the REST error envelope (401/403/404) before any upgrade.</li>
 *   <li>{@link org.tadaserver.gateway.ws.Messaging}: the session is put in the
 *       {@link org.tadaserver.gateway.ws.SessionRegistry} first, then gets {@code server.time} as its first frame, so
 *       every delivery committed after the client's first state fetch reaches it.</li>
 *   <li>{@link org.tadaserver.gateway.ws.Inbound}: frames (text or binary) are joined up to
 *       {@code gateway.max_frame_bytes} (over it: close 1009), parsed by
 *       {@link org.tadaserver.gateway.ws.FrameParser} and run by the
 *       {@link org.tadaserver.gateway.ws.Dispatcher}: handler, then {@code server.warning {message, orig}} if it
 *       failed, then {@code server.confirm} for a non-empty string confirm_id (never for {@code client.confirm}).</li>
 *   <li>{@link org.tadaserver.gateway.ws.DeliveryRouter}: the node's one consumer of {@code Deliveries} writes each
 *       event to the sessions it addresses; {@code server.logout} only to sessions whose own token was revoked, which
 *       are then closed.</li>
 *   <li>{@link org.tadaserver.gateway.ws.Session}: a bounded outbound queue; a client that stops reading is first no
 *       longer read from, then closed (1008) when the queue is full or nothing leaves for a while; every close drops
 *       the TCP connection if the handshake is not over after a grace period.</li>
 * </ol>
 *
 * <p>Everything here runs on the gateway verticle's event loop; the gateway is deployed as one instance, so one
 * registry holds every session of the node. Close codes are listed in {@link org.tadaserver.gateway.ws.CloseCodes}.
 */
package org.tadaserver.gateway.ws;
