package org.tadaserver.bench.scenario;

import org.tadaserver.bench.report.RunResult;

/**
 * Something a {@link MessagingRun} does besides sending while it runs (the soak's heap samples and reconnects). Both
 * methods are called on the run's orchestrating thread, so an implementation needs no lock for its own state; it may
 * block briefly (the run's progress lines wait for it, the traffic does not).
 */
interface RunWatcher {
  RunWatcher NONE = new RunWatcher() {
    @Override
    public void tick(Clients clients, long elapsedNanos) {}

    @Override
    public void report(RunResult result) {}
  };

  /** Ticks and asks each of {@code watchers} in turn. */
  static RunWatcher all(RunWatcher... watchers) {
    return new RunWatcher() {
      @Override
      public void tick(Clients clients, long elapsedNanos) throws Exception {
        for (RunWatcher w : watchers) {
          w.tick(clients, elapsedNanos);
        }
      }

      @Override
      public void report(RunResult result) throws Exception {
        for (RunWatcher w : watchers) {
          w.report(result);
        }
      }
    };
  }

  /** Called every few hundred milliseconds from the first send until sending stops. */
  void tick(Clients clients, long elapsedNanos) throws Exception;

  /** Adds what it saw to the run's result, after the drain. */
  void report(RunResult result) throws Exception;
}
