package org.tadaserver.reminds;

import io.micrometer.core.instrument.Gauge;
import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.tadaserver.bus.BusRpc;
import org.tadaserver.bus.metrics.Meters;
import org.tadaserver.bus.metrics.Metrics;
import org.tadaserver.chats.ChatService;
import org.tadaserver.store.db.Database;
import org.tadaserver.store.remind.RemindRepository;

/**
 * The reminds role of a node: serves {@link RemindService} at {@link RemindService#ADDRESS} and runs this node's
 * {@link RemindScheduler}. Deploy one per node; every node's scheduler works on the shared table (see the scheduler
 * for why each remind still fires once). Chat visibility is asked of the chat service over the event bus, so the chats
 * role may run elsewhere.
 */
public final class RemindVerticle extends VerticleBase {
  /** How often the due count behind {@code tada_reminders_due} is read (one indexed count; alerts look at minutes). */
  static final long DUE_SAMPLE_MS = 5_000;
  private final Database db;
  private final RemindSettings settings;
  private final String nodeId;
  private final ChatCheck chats;
  private RemindScheduler scheduler;
  private final AtomicLong due = new AtomicLong();
  private long sampler = -1;

  /** Checks chats through the chat service on the event bus. */
  public RemindVerticle(Database db, RemindSettings settings, String nodeId) {
    this(db, settings, nodeId, null);
  }

  /** @param chats the chat check to use; null asks the chat service over the event bus */
  public RemindVerticle(Database db, RemindSettings settings, String nodeId, ChatCheck chats) {
    this.db = db;
    this.settings = settings;
    this.nodeId = nodeId;
    this.chats = chats;
  }

  @Override
  public Future<?> start() {
    RemindRepository reminds = new RemindRepository(db.pool());
    String holder = nodeId + "/" + UUID.randomUUID().toString().substring(0, 8);
    scheduler = new RemindScheduler(vertx, reminds, settings, holder);
    ChatCheck check = chats != null ? chats : busCheck();
    RemindService impl = new RemindServiceImpl(vertx, reminds, check, () -> context.runOnContext(v ->
        scheduler.wake()));
    Gauge.builder(Metrics.REMINDERS_DUE, due, AtomicLong::get)
        .description("reminders whose time has come and that are not fired yet").register(Meters.of(vertx));
    sampler = vertx.setPeriodic(DUE_SAMPLE_MS, id -> reminds.countDue().onSuccess(due::set));
    return BusRpc.serve(vertx, RemindService.class, RemindService.ADDRESS, impl).completion()
        .onSuccess(v -> scheduler.start());
  }

  @Override
  public Future<?> stop() {
    vertx.cancelTimer(sampler);
    if (scheduler != null) {
      scheduler.stop();
    }
    return Future.succeededFuture();
  }

  private ChatCheck busCheck() {
    ChatService service = BusRpc.client(vertx, ChatService.class, ChatService.ADDRESS);
    return (actor, chat) -> service.chat(actor, chat.toString()).mapEmpty();
  }
}
