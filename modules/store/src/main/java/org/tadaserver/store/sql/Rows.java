package org.tadaserver.store.sql;

import io.vertx.core.Future;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.tadaserver.store.StoreException;

/** Store-internal helpers that turn row sets into records. */
public final class Rows {
  private Rows() {}

  /** The mapped single row, or a failed future with {@link StoreException.NotFound} carrying {@code what}. */
  public static <T> Future<T> one(RowSet<Row> rows, Function<Row, T> mapper, String what) {
    var it = rows.iterator();
    return it.hasNext() ? Future.succeededFuture(mapper.apply(it.next()))
        : Future.failedFuture(new StoreException.NotFound(what + " not found"));
  }

  /** The mapped first row, if any. */
  public static <T> Optional<T> first(RowSet<Row> rows, Function<Row, T> mapper) {
    var it = rows.iterator();
    return it.hasNext() ? Optional.of(mapper.apply(it.next())) : Optional.empty();
  }

  /** Every row mapped, in result order. */
  public static <T> List<T> all(RowSet<Row> rows, Function<Row, T> mapper) {
    List<T> out = new ArrayList<>(rows.size());
    for (Row row : rows) {
      out.add(mapper.apply(row));
    }
    return out;
  }

  /** Succeeds when the statement touched a row, else fails with {@link StoreException.NotFound}. */
  public static Future<Void> touched(RowSet<Row> rows, String what) {
    return rows.rowCount() > 0 ? Future.succeededFuture()
        : Future.failedFuture(new StoreException.NotFound(what + " not found"));
  }

  /** A nullable timestamptz column as an {@link Instant}. */
  public static Instant instant(Row row, String column) {
    OffsetDateTime value = row.getOffsetDateTime(column);
    return value == null ? null : value.toInstant();
  }

  /** A uuid[] column as a list; SQL NULL becomes an empty list. */
  public static List<UUID> uuids(Row row, String column) {
    UUID[] values = row.getArrayOfUUIDs(column);
    return values == null ? List.of() : List.copyOf(Arrays.asList(values));
  }

  /** {@code null} for a null or blank string, so optional unique columns never clash on "". */
  public static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
