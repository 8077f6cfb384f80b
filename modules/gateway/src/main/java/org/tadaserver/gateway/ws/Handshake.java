package org.tadaserver.gateway.ws;

import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.ServerWebSocket;
import io.vertx.ext.web.RoutingContext;
import java.util.UUID;
import java.util.function.BiConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tadaserver.bus.ServiceException;
import org.tadaserver.directory.DirectoryService;
import org.tadaserver.gateway.GatewayConfig;
import org.tadaserver.gateway.limits.Admission;
import org.tadaserver.gateway.limits.ConnectionGate;
import org.tadaserver.gateway.rest.Rest;
import org.tadaserver.protocol.ApiError;

/**
 * {@code GET /messaging/{team}}: authenticates the upgrade and refuses it before switching protocols, with the REST
 * error envelope a client can decode: 401 {@code EMPTY_TOKEN}/{@code INVALID_TOKEN} for a missing, unknown or revoked
 * token, 403 {@code ACCESS_DENIED} for a team the user is not in (unknown teams answer the same, so nothing leaks),
 * 404 for a team id that is not a UUID, 400 for a plain GET without upgrade. Before the token is looked up: 403
 * {@code ACCESS_DENIED} for a browser {@code Origin} outside {@code gateway.allowed_origins}, and 429
 * {@code RATE_LIMIT} with {@code Retry-After} when the client's address opens sockets too fast or holds too many
 * ({@link ConnectionGate}).
 *
 * <p>The checks are asynchronous (two event-bus calls), so the request is paused first: otherwise its end would be
 * consumed before {@code toWebSocket()} runs and the upgrade would fail with "request has already been read".
 * {@code toWebSocket()} resumes it.
 */
final class Handshake implements Handler<RoutingContext> {
  private static final Logger log = LoggerFactory.getLogger(Handshake.class);
  private final DirectoryService directory;
  private final GatewayConfig config;
  private final ConnectionGate gate;
  private final BiConsumer<Upgraded, Identity> opened;

  /**
   * A completed upgrade: the socket, the channel under it, and its address's socket slot, which the receiver must
   * release when the socket closes.
   */
  record Upgraded(ServerWebSocket socket, NettyChannel channel, ConnectionGate.Lease lease) {}

  Handshake(DirectoryService directory, GatewayConfig config, BiConsumer<Upgraded, Identity> opened) {
    this.directory = directory;
    this.config = config;
    this.gate = new ConnectionGate(config.rateLimits());
    this.opened = opened;
  }

  @Override
  public void handle(RoutingContext ctx) {
    HttpServerRequest request = ctx.request();
    if (!isUpgrade(request)) {
      Rest.fail(ctx, ServiceException.badRequest("a WebSocket upgrade is expected here"));
      return;
    }
    UUID team = teamOf(ctx.pathParam("team"));
    if (team == null) {
      Rest.fail(ctx, ServiceException.notFound("team"));
      return;
    }
    if (!config.origins().allows(request.getHeader(HttpHeaders.ORIGIN))) {
      Rest.fail(ctx, ServiceException.accessDenied("origin not allowed"));
      return;
    }
    String token = RequestToken.of(request);
    if (token.isEmpty()) {
      Rest.fail(ctx, new ServiceException(ApiError.EMPTY_TOKEN, "a token is required"));
      return;
    }
    ConnectionGate.Lease lease = gate.open(config.clientAddress().of(request));
    if (!lease.admission().admitted()) {
      refuse(ctx, lease.admission());
      return;
    }
    request.pause();
    identify(token, team).onComplete(ar -> {
      if (ar.succeeded()) {
        upgrade(ctx, ar.result(), lease);
      } else {
        lease.release();
        request.resume();
        Rest.fail(ctx, ar.cause());
      }
    });
  }

  private static void refuse(RoutingContext ctx, Admission refused) {
    ctx.response().putHeader("Retry-After", Long.toString(refused.retryAfterSeconds()));
    Rest.fail(ctx, new ServiceException(ApiError.RATE_LIMIT,
        "too many connections from this address; retry in " + refused.retryAfterSeconds() + " s"));
  }

  private Future<Identity> identify(String token, UUID team) {
    return directory.authenticate(token).compose(caller -> directory.membership(caller, team)
        .recover(Handshake::notMember)
        .map(membership -> new Identity(caller, token, membership)));
  }

  private void upgrade(RoutingContext ctx, Identity identity, ConnectionGate.Lease lease) {
    NettyChannel channel = NettyChannel.of(ctx.request().connection());
    ctx.request().toWebSocket()
        .onSuccess(socket -> opened.accept(new Upgraded(socket, channel, lease), identity))
        .onFailure(e -> {
          lease.release();
          log.debug("upgrade for user {} failed: {}", identity.user(), e.toString());
        });
  }

  private static <T> Future<T> notMember(Throwable failure) {
    if (failure instanceof ServiceException se && se.error() == ApiError.NOT_FOUND) {
      return Future.failedFuture(ServiceException.accessDenied("not a member of this team"));
    }
    return Future.failedFuture(failure);
  }

  private static boolean isUpgrade(HttpServerRequest request) {
    String upgrade = request.getHeader(HttpHeaders.UPGRADE);
    return upgrade != null && upgrade.equalsIgnoreCase("websocket");
  }

  private static UUID teamOf(String text) {
    if (text == null || text.length() != 36) {
      return null;
    }
    try {
      UUID uuid = UUID.fromString(text);
      return uuid.toString().equalsIgnoreCase(text) ? uuid : null; // fromString accepts short groups too
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
