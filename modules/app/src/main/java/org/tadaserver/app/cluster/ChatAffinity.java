package org.tadaserver.app.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.DeliveryContext;
import io.vertx.core.eventbus.DeliveryOptions;
import io.vertx.core.eventbus.Message;
import io.vertx.core.eventbus.MessageConsumer;
import io.vertx.core.eventbus.ReplyException;
import io.vertx.core.eventbus.ReplyFailure;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tadaserver.bus.BusRpc;
import org.tadaserver.chats.ChatService;
import org.tadaserver.directory.Membership;
import org.tadaserver.protocol.Wire;

/**
 * All chat operations of a team run on one node, so the events of a chat leave one node in commit order and reach
 * every gateway in that order (the event bus keeps the order between two nodes), exactly as on a single node. The
 * owner of a team is chosen by rendezvous hashing over the live nodes that run the chats role: when a node joins or
 * dies only the teams it owned move.
 *
 * <p>How, without touching the chat service: every chats node has a forwarder at {@code tada.chats.node.<id>} that
 * hands requests to its own chat service (local only, marked so the interceptor below lets them through). The
 * gateway's {@link #client()} sends each call straight to the owner's forwarder, chosen from the actor's team (the
 * first argument of every operation), so the calls of one connection reach the owner in the order they were made
 * (the event bus keeps the order between two nodes; a round-robin detour through a third node would not). Callers
 * that use {@link ChatService#ADDRESS} directly still land on any chats node: an inbound interceptor there reads the
 * team ({@code args[0].team}) and forwards the request to its owner, relaying the answer. A request without a team,
 * or whose owner is unreachable, is served where it landed.
 */
public final class ChatAffinity {
  private static final Logger log = LoggerFactory.getLogger(ChatAffinity.class);
  static final String ROUTED = "x-tada-routed";
  private static final String NODE_PREFIX = "tada.chats.node.";
  private final Vertx vertx;
  private final String self;
  private final Supplier<List<String>> chatNodes;
  private MessageConsumer<Object> forwarder;
  private io.vertx.core.Handler<DeliveryContext<Object>> interceptor;

  public ChatAffinity(Vertx vertx, String self, Supplier<List<String>> chatNodes) {
    this.vertx = vertx;
    this.self = self;
    this.chatNodes = chatNodes;
  }

  /** Registers this node's forwarder and interceptor; completes once the forwarder is reachable. */
  public io.vertx.core.Future<Void> install() {
    DeliveryOptions local = new DeliveryOptions().setLocalOnly(true).addHeader(ROUTED, self)
        .setSendTimeout(BusRpc.DEFAULT_TIMEOUT_MS);
    forwarder = vertx.eventBus().<Object>consumer(NODE_PREFIX + self, m -> relay(
        vertx.eventBus().request(ChatService.ADDRESS, m.body(), local), m));
    interceptor = this::intercept;
    vertx.eventBus().addInboundInterceptor(interceptor);
    return forwarder.completion();
  }

  public io.vertx.core.Future<Void> uninstall() {
    if (interceptor != null) {
      vertx.eventBus().removeInboundInterceptor(interceptor);
    }
    return forwarder == null ? io.vertx.core.Future.succeededFuture() : forwarder.unregister();
  }

  private void intercept(DeliveryContext<Object> ctx) {
    Message<Object> msg = ctx.message();
    String body = ChatService.ADDRESS.equals(msg.address()) && !msg.headers().contains(ROUTED)
        ? BusRpc.requestText(msg.body()) : null;
    if (body == null) {
      ctx.next();
      return;
    }
    String owner = owner(team(body), chatNodes.get());
    if (owner == null || owner.equals(self)) {
      ctx.next();
      return;
    }
    DeliveryOptions forward = new DeliveryOptions().setSendTimeout(BusRpc.DEFAULT_TIMEOUT_MS);
    vertx.eventBus().<String>request(NODE_PREFIX + owner, body, forward).onComplete(ar -> {
      if (ar.failed() && ar.cause() instanceof ReplyException re && re.failureType() == ReplyFailure.NO_HANDLERS) {
        log.debug("chat owner {} unreachable; serving here", owner);
        ctx.next();
      } else if (ar.succeeded()) {
        msg.reply(ar.result().body());
      } else {
        fail(msg, ar.cause());
      }
    });
  }

  private static void relay(io.vertx.core.Future<Message<Object>> answer, Message<Object> to) {
    answer.onComplete(ar -> {
      if (ar.succeeded()) {
        to.reply(ar.result().body());
      } else {
        fail(to, ar.cause());
      }
    });
  }

  private static void fail(Message<?> msg, Throwable cause) {
    if (cause instanceof ReplyException re && re.failureType() == ReplyFailure.RECIPIENT_FAILURE) {
      msg.fail(re.failureCode(), re.getMessage()); // the service's own refusal, passed on as it is
    } else {
      msg.fail(503, "{\"error\":\"INTERNAL_SERVER_ERROR\",\"message\":\"chat service unavailable: "
          + String.valueOf(cause.getMessage()).replace("\"", "'") + "\",\"details\":{}}");
    }
  }

  /** The team of a chat request ({@code args[0].team}); null when it has none. */
  static String team(String body) {
    try {
      JsonNode team = Wire.mapper().readTree(body).path("args").path(0).path("team");
      return team.isTextual() ? team.asText() : null;
    } catch (java.io.IOException e) {
      return null;
    }
  }

  /** Rendezvous hashing: the node with the highest hash of (team, node); null without a team or nodes. */
  static String owner(String team, List<String> nodes) {
    if (team == null || nodes.isEmpty()) {
      return null;
    }
    String best = null;
    long bestScore = Long.MIN_VALUE;
    for (String node : nodes) {
      long score = mix(hash(team) * 31 + hash(node));
      if (best == null || score > bestScore || (score == bestScore && node.compareTo(best) < 0)) {
        best = node;
        bestScore = score;
      }
    }
    return best;
  }

  private static long hash(String s) {
    long h = 1125899906842597L;
    for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
      h = 31 * h + b;
    }
    return h;
  }

  /** A 64-bit finaliser (MurmurHash3's), so that similar ids spread evenly. */
  private static long mix(long z) {
    z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
    z = (z ^ (z >>> 33)) * 0xc4ceb93fe53ba6cdL;
    return z ^ (z >>> 33);
  }

  /**
   * The chat service as the gateway should call it: each call goes to the owner of the actor's team (or to
   * {@link ChatService#ADDRESS} when there is no owner yet, as on a node alone).
   */
  public ChatService client() {
    ChatService anywhere = BusRpc.client(vertx, ChatService.class, ChatService.ADDRESS);
    Map<String, ChatService> owners = new ConcurrentHashMap<>();
    Object proxy = Proxy.newProxyInstance(ChatService.class.getClassLoader(), new Class<?>[] {ChatService.class},
        (self, method, args) -> {
          String owner = args != null && args.length > 0 && args[0] instanceof Membership actor
              ? owner(actor.team().toString(), chatNodes.get()) : null;
          ChatService target = owner == null ? anywhere
              : owners.computeIfAbsent(owner, o -> BusRpc.client(vertx, ChatService.class, NODE_PREFIX + o));
          try {
            return method.invoke(target, args);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
        });
    return (ChatService) proxy;
  }

  /** For tests: the owner of {@code team} as this node sees it now. */
  public String ownerOf(String team) {
    return owner(team, chatNodes.get());
  }

}
