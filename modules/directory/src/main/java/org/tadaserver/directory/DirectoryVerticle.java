package org.tadaserver.directory;

import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.eventbus.MessageConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tadaserver.bus.BusRpc;
import org.tadaserver.directory.service.DirectoryServiceImpl;
import org.tadaserver.protocol.Limits;
import org.tadaserver.store.db.Database;

/**
 * Serves the {@link DirectoryService} at {@link DirectoryService#ADDRESS} on the event bus. It opens nothing itself:
 * the node gives it the {@link Database}, which outlives the verticle (the node closes it after undeploying).
 */
public final class DirectoryVerticle extends VerticleBase {
  private static final Logger log = LoggerFactory.getLogger(DirectoryVerticle.class);
  private final Database database;
  private final Limits limits;
  private MessageConsumer<String> consumer;

  public DirectoryVerticle(Database database, Limits limits) {
    this.database = database;
    this.limits = limits;
  }

  @Override
  public Future<?> start() {
    DirectoryService impl = new DirectoryServiceImpl(vertx, database, limits);
    consumer = BusRpc.serve(vertx, DirectoryService.class, DirectoryService.ADDRESS, impl);
    return consumer.completion().onSuccess(v -> log.info("directory listening on [{}]", DirectoryService.ADDRESS));
  }

  @Override
  public Future<?> stop() {
    return consumer == null ? Future.succeededFuture() : consumer.unregister();
  }
}
