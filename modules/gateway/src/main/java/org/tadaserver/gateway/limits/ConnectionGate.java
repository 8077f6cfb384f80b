package org.tadaserver.gateway.limits;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongSupplier;

/**
 * WebSocket connections per client address: handshakes per window, and sockets open at once. Checked before the token
 * is looked up, so a refused handshake costs nothing but this. The open-socket counts live only while an address has
 * sockets, so the map is never larger than the number of open sockets.
 */
public final class ConnectionGate {
  /** The Retry-After of a handshake refused because the address has too many open sockets. */
  static final long FULL_RETRY_AFTER_S = 5;
  private final KeyedLimiter connects;
  private final int maxOpen;
  private final ConcurrentHashMap<String, Integer> open = new ConcurrentHashMap<>();

  public ConnectionGate(RateLimitConfig config) {
    this(config, System::nanoTime);
  }

  ConnectionGate(RateLimitConfig config, LongSupplier nanoTime) {
    this.connects = new KeyedLimiter(config.effective(config.wsConnectsPerAddress()), config.maxTrackedKeys(), nanoTime);
    this.maxOpen = config.enabled() ? config.wsSocketsPerAddress() : 0;
  }

  /**
   * A socket slot for {@code address}, or a refusal. An admitted lease must be {@linkplain Lease#release released}
   * when its socket closes or its handshake fails; releasing is idempotent.
   */
  public Lease open(String address) {
    Admission rate = connects.take(address);
    if (!rate.admitted()) {
      return new Lease(address, rate);
    }
    if (maxOpen == 0) {
      return new Lease(address, Admission.ADMITTED);
    }
    boolean[] taken = new boolean[1];
    open.compute(address, (k, n) -> {
      int count = n == null ? 0 : n;
      taken[0] = count < maxOpen;
      return taken[0] ? count + 1 : n;
    });
    return new Lease(address, taken[0] ? Admission.ADMITTED : new Admission(false, FULL_RETRY_AFTER_S));
  }

  /** Addresses with open sockets counted; for tests. */
  int addressesOpen() {
    return open.size();
  }

  long trackedKeys() {
    return connects.trackedKeys();
  }

  /** One admitted (or refused) connection of an address. */
  public final class Lease {
    private final String address;
    private final Admission admission;
    private final AtomicBoolean released;

    private Lease(String address, Admission admission) {
      this.address = address;
      this.admission = admission;
      this.released = new AtomicBoolean(!admission.admitted() || maxOpen == 0);
    }

    public Admission admission() {
      return admission;
    }

    /** Gives the slot back (once; later calls and calls on a refused lease do nothing). */
    public void release() {
      if (released.compareAndSet(false, true)) {
        open.computeIfPresent(address, (k, n) -> n <= 1 ? null : n - 1);
      }
    }
  }
}
