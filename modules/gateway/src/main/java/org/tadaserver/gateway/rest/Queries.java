package org.tadaserver.gateway.rest;

import io.vertx.core.MultiMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.tadaserver.bus.ServiceException;
import org.tadaserver.protocol.ApiError;

/**
 * A query string as tdclient writes it (gorilla/schema, reference §2.1): empty strings are dropped, but integer zeros
 * are sent ({@code ?limit=100&offset=0}), so 0 means "not set". Lists are comma separated and may also be repeated
 * ({@code ?status=admin,owner&status=member}).
 *
 * <p>Reading never throws: every bad parameter is collected, and {@link #check()} then fails once with
 * {@code INVALID_DATA} naming all of them in {@code details}.
 */
public final class Queries {
  private final MultiMap params;
  private final Map<String, String> problems = new LinkedHashMap<>();

  public Queries(MultiMap params) {
    this.params = params;
  }

  /** The first non-empty value, or null. */
  public String text(String name) {
    for (String value : params.getAll(name)) {
      if (!value.isEmpty()) {
        return value;
      }
    }
    return null;
  }

  /** Every comma-separated item of every value, trimmed, empty items dropped. */
  public List<String> list(String name) {
    List<String> items = new ArrayList<>();
    for (String value : params.getAll(name)) {
      for (String item : value.split(",")) {
        String trimmed = item.trim();
        if (!trimmed.isEmpty()) {
          items.add(trimmed);
        }
      }
    }
    return items;
  }

  /** A non-negative integer; absent, empty or 0 is 0 ("not set"). Anything else is a problem and reads as 0. */
  public int count(String name) {
    String value = text(name);
    if (value == null) {
      return 0;
    }
    try {
      int number = Integer.parseInt(value.trim());
      if (number >= 0) {
        return number;
      }
    } catch (NumberFormatException e) {
      // reported below, like a negative number
    }
    problem(name, "must be a non-negative integer");
    return 0;
  }

  /**
   * A tri-state flag: the spellings Go's {@code strconv.ParseBool} accepts ({@code true/false/1/0/t/f}, any case), or
   * {@code any}/absent for null ("either"). Anything else is a problem and reads as null.
   */
  public Boolean flag(String name) {
    String value = text(name);
    if (value == null) {
      return null;
    }
    switch (value.trim().toLowerCase(Locale.ROOT)) {
      case "true", "t", "1":
        return Boolean.TRUE;
      case "false", "f", "0":
        return Boolean.FALSE;
      case "any":
        return null;
      default:
        problem(name, "must be true, false or any");
        return null;
    }
  }

  /** Records a problem with a parameter (the first one per name is kept). */
  public void problem(String name, String message) {
    problems.putIfAbsent(name, message);
  }

  /** Fails with {@code INVALID_DATA} listing every problem found so far; does nothing when there is none. */
  public void check() {
    if (!problems.isEmpty()) {
      throw new ServiceException(ApiError.INVALID_DATA, "invalid query parameters: " + problems.keySet(), problems);
    }
  }
}
