package org.tadaserver.sections;

import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import org.tadaserver.bus.BusRpc;
import org.tadaserver.protocol.Limits;
import org.tadaserver.store.db.Database;

/**
 * Serves {@link SectionService} and {@link TagService} on the event bus. Stateless: any number of instances on any
 * nodes (the app deploys one with the directory role, which owns the rest of a team's structure).
 */
public final class SectionVerticle extends VerticleBase {
  private final Database db;
  private final Limits limits;

  public SectionVerticle(Database db, Limits limits) {
    this.db = db;
    this.limits = limits;
  }

  @Override
  public Future<?> start() {
    Changes changes = new Changes(vertx, db.pool());
    return Future.all(
        BusRpc.serve(vertx, SectionService.class, SectionService.ADDRESS,
            new SectionServiceImpl(db.pool(), changes, limits)).completion(),
        BusRpc.serve(vertx, TagService.class, TagService.ADDRESS,
            new TagServiceImpl(db.pool(), changes, limits)).completion());
  }
}
