package org.tadaserver.app.cluster;

import io.vertx.core.Vertx;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.tadaserver.bus.BusRpc;
import org.tadaserver.calls.CallService;
import org.tadaserver.calls.CallsVerticle;
import org.tadaserver.directory.Membership;

/**
 * All calls of a team live on one node, so the participants of a call on different gateways share one call state and
 * one Janus room. The owner is chosen like the chat owner ({@link ChatAffinity#owner}: rendezvous hashing over the live
 * nodes with the calls role), and the gateway's {@link #client()} sends each request to the owner's own address. The
 * team is the first argument of every operation (a {@link Membership} or the team's UUID). Calls are in memory: when
 * the owner dies its calls end, and clients start new ones on the next owner.
 */
public final class CallAffinity {
  private final Vertx vertx;
  private final Supplier<List<String>> callNodes;

  public CallAffinity(Vertx vertx, Supplier<List<String>> callNodes) {
    this.vertx = vertx;
    this.callNodes = callNodes;
  }

  /** The call service as the gateway should use it: each request goes to its team's owner. */
  public CallService client() {
    CallService anywhere = BusRpc.client(vertx, CallService.class, CallService.ADDRESS);
    Map<String, CallService> owners = new ConcurrentHashMap<>();
    Object proxy = Proxy.newProxyInstance(CallService.class.getClassLoader(), new Class<?>[] {CallService.class},
        (self, method, args) -> {
          String owner = ChatAffinity.owner(team(args), callNodes.get());
          CallService target = owner == null ? anywhere
              : owners.computeIfAbsent(owner, o -> BusRpc.client(vertx, CallService.class,
                  CallsVerticle.nodeAddress(o)));
          try {
            return method.invoke(target, args);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
        });
    return (CallService) proxy;
  }

  private static String team(Object[] args) {
    if (args == null || args.length == 0) {
      return null;
    }
    if (args[0] instanceof Membership m) {
      return m.team().toString();
    }
    return args[0] instanceof UUID team ? team.toString() : null;
  }
}
