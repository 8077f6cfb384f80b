package org.tadaserver.bus.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vertx.core.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.tadaserver.bus.ServiceException;
import org.tadaserver.protocol.ApiError;

/**
 * Blocking waits on service futures for tests of the modules that serve over the bus (shipped as this module's
 * test-jar). A test thread is never a Vert.x thread, so {@link Future#await} is allowed; every wait is bounded.
 */
public final class Await {
  /** Long enough for a loaded 2-core CI box (several JVMs, an embedded PostgreSQL); a healthy call takes milliseconds. */
  public static final long TIMEOUT_S = 30;

  private Await() {
  }

  /** The result of {@code future}; its failure rethrown as is (unchecked) or wrapped. */
  public static <T> T await(Future<T> future) {
    try {
      return future.await(TIMEOUT_S, TimeUnit.SECONDS);
    } catch (TimeoutException e) {
      throw new AssertionError("no result within " + TIMEOUT_S + " s", e);
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** The {@link ServiceException} {@code future} fails with; an assertion error when it succeeds or fails otherwise. */
  public static ServiceException failure(Future<?> future) {
    try {
      future.await(TIMEOUT_S, TimeUnit.SECONDS);
    } catch (ServiceException e) {
      return e;
    } catch (Exception e) {
      throw new AssertionError("failed with " + e, e);
    }
    throw new AssertionError("expected a ServiceException but the call succeeded");
  }

  /** Asserts that {@code future} fails with a {@link ServiceException} of {@code error}; returns it. */
  public static ServiceException failsWith(ApiError error, Future<?> future) {
    ServiceException e = failure(future);
    assertEquals(error, e.error(), e.getMessage());
    return e;
  }
}
