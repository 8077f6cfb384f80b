package org.tadaserver.calls;

import io.micrometer.core.instrument.Gauge;
import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.eventbus.MessageConsumer;
import io.vertx.sqlclient.Pool;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tadaserver.bus.BusRpc;
import org.tadaserver.bus.metrics.Meters;
import org.tadaserver.bus.metrics.Metrics;
import org.tadaserver.calls.janus.Sfu;

/**
 * Calls of the teams this node owns: the state of every call, kept here only, and this node's Janus session. Serves
 * {@link CallService} at {@link CallService#ADDRESS} and, on a clustered node, at its own {@code nodeAddress}, where
 * the gateways send the calls of the teams this node owns (so one call is never split between nodes). Sweeps devices
 * whose session is gone every {@link #SWEEP_MS}. Everything runs on this verticle's event loop.
 */
public final class CallsVerticle extends VerticleBase {
  private static final Logger log = LoggerFactory.getLogger(CallsVerticle.class);
  static final long SWEEP_MS = 1_000;
  private final Pool pool;
  private final CallsConfig config;
  private final String nodeAddress;
  private final List<MessageConsumer<String>> consumers = new ArrayList<>();
  private Sfu sfu;
  private CallBook book;
  private CallServiceImpl service;
  private long sweeper;

  /**
   * @param pool the database, for chat membership
   * @param nodeAddress this node's own calls address; null for a node alone
   */
  public CallsVerticle(Pool pool, CallsConfig config, String nodeAddress) {
    if (!config.enabled()) {
      throw new IllegalArgumentException("calls need calls.janus_url");
    }
    this.pool = pool;
    this.config = config;
    this.nodeAddress = nodeAddress;
  }

  /** The address of a node's calls verticle, for {@code nodeAddress}. */
  public static String nodeAddress(String nodeId) {
    return CallService.ADDRESS + ".node." + nodeId;
  }

  @Override
  public Future<?> start() {
    book = new CallBook();
    Gauge.builder(Metrics.CALLS_ACTIVE, book, CallBook::active)
        .description("calls in progress owned by this node")
        .register(Meters.of(vertx));
    sfu = new Sfu(vertx, config.janusUrl(), new Sfu.Events() {
      @Override
      public void talking(long room, long participant, boolean talking) {
        service.controls().talking(room, participant, talking);
      }

      @Override
      public void restarted() {
        service.exits().restarted();
      }
    });
    CallContext ctx = new CallContext(vertx, config, sfu, book, new Notifier(vertx), new ChatResolver(pool));
    service = new CallServiceImpl(ctx);
    consumers.add(BusRpc.serve(vertx, CallService.class, CallService.ADDRESS, service));
    if (nodeAddress != null) {
      consumers.add(BusRpc.serve(vertx, CallService.class, nodeAddress, service));
    }
    sweeper = vertx.setPeriodic(SWEEP_MS, t -> service.exits().sweep());
    return sfu.start().compose(v -> Future.all(consumers.stream().map(MessageConsumer::completion).toList()));
  }

  /** Ends every call (participants see {@code finish}) and closes the Janus session. */
  @Override
  public Future<?> stop() {
    vertx.cancelTimer(sweeper);
    book.all().forEach(service.exits()::end);
    log.info("calls stopped");
    return Future.join(consumers.stream().map(MessageConsumer::unregister).toList()).eventually(sfu::close);
  }
}
