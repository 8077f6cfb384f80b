package org.tadaserver.chats.messages;

import io.vertx.core.Future;
import io.vertx.pgclient.PgException;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.SqlConnection;
import java.util.function.Function;
import org.tadaserver.bus.ServiceException;
import org.tadaserver.store.StoreException;

/**
 * The batch writer's own connection, held between batches. Sends are prepared (access checks, lookups) with queries
 * on the shared pool; under a burst those queue up by the thousand, and a writer that took its connection from the
 * same queue would wait behind all of them while the batch it is to write keeps growing. Holding one connection makes
 * the writer independent of that queue. A connection that fails for any reason other than a statement's own error is
 * closed and replaced on the next batch.
 */
final class WriterConnection {
  private final Pool pool;
  private SqlConnection held;

  WriterConnection(Pool pool) {
    this.pool = pool;
  }

  /** Runs {@code work} in one transaction on the held connection; completes after COMMIT (or with the failure). */
  <T> Future<T> inTransaction(Function<SqlConnection, Future<T>> work) {
    return connection().compose(conn -> conn.begin().compose(tx -> work.apply(conn)
            .compose(result -> tx.commit().map(result))
            .recover(failure -> tx.rollback().otherwiseEmpty().compose(v -> Future.<T>failedFuture(failure))))
        .onFailure(failure -> {
          if (!(failure instanceof PgException || failure instanceof ServiceException
              || failure instanceof StoreException)) {
            drop(conn);
          }
        }));
  }

  private synchronized Future<SqlConnection> connection() {
    if (held != null) {
      return Future.succeededFuture(held);
    }
    return pool.getConnection().map(conn -> {
      synchronized (this) {
        held = conn;
      }
      conn.closeHandler(v -> forget(conn));
      return conn;
    });
  }

  private synchronized void forget(SqlConnection conn) {
    if (held == conn) {
      held = null;
    }
  }

  private void drop(SqlConnection conn) {
    forget(conn);
    conn.close();
  }
}
