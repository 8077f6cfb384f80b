package org.tadaserver.sections;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.SqlClient;
import java.util.List;
import java.util.UUID;
import java.util.function.BiFunction;
import org.tadaserver.bus.Deliveries;
import org.tadaserver.bus.Delivery;
import org.tadaserver.bus.ServiceException;
import org.tadaserver.protocol.ApiError;
import org.tadaserver.protocol.event.Events;
import org.tadaserver.store.StoreException;
import org.tadaserver.store.chat.TeamClock;

/**
 * How a change of sections or tags is written and announced: in one transaction stamped by the team's clock (so
 * delta sync by gentime sees it in commit order with the team's other changes), then, after commit, an event to every
 * session of the team. Store failures become the service's typed errors here, once.
 */
final class Changes {
  private final Vertx vertx;
  private final Pool pool;

  Changes(Vertx vertx, Pool pool) {
    this.vertx = vertx;
    this.pool = pool;
  }

  /** Runs {@code write} with the team's next gentime on a transaction's connection. */
  <T> Future<T> write(UUID team, String what, BiFunction<SqlClient, Long, Future<T>> write) {
    return pool.<T>withTransaction(conn -> new TeamClock(conn).next(team).compose(g -> write.apply(conn, g)))
        .recover(e -> Future.failedFuture(typed(e, what)));
  }

  /** Announces a committed change to every session of the team. */
  void announce(UUID team, Object params) {
    Deliveries.publish(vertx, List.of(Delivery.toTeam(team, Events.toJson(params))));
  }

  private static Throwable typed(Throwable e, String what) {
    if (e instanceof StoreException.Conflict) {
      return ServiceException.invalid("name", "already taken by another " + what);
    }
    if (e instanceof StoreException.NotFound) {
      return ServiceException.notFound(what);
    }
    if (e instanceof StoreException.Invalid invalid) {
      return new ServiceException(ApiError.INVALID_DATA, invalid.getMessage());
    }
    return e;
  }
}
