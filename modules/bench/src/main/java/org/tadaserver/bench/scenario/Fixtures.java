package org.tadaserver.bench.scenario;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.tadaserver.bench.target.Fixture;
import org.tadaserver.bench.target.Target;

/** Makes (or, for the server with a fixture file, reuses) the team and users of a run. */
public final class Fixtures {
  private static final long SETUP_TIMEOUT_S = 3600;

  private Fixtures() {}

  /**
   * A team with {@code users} users on {@code target}. With a {@code file} and a target that keeps data, a saved
   * fixture with enough users is reused, and a new one is saved there.
   */
  public static Fixture of(Target target, String scenario, int users, Path file, Progress progress) throws Exception {
    boolean cacheable = file != null && target.storesMessages();
    if (cacheable) {
      Fixture saved = Fixture.load(file, users);
      if (saved != null) {
        progress.line(target.name(), "reusing team " + saved.team() + " and " + users + " users from " + file);
        return saved;
      }
    }
    long t0 = System.nanoTime();
    Fixture made = target.provisioner().fixture("bench " + scenario + " " + System.currentTimeMillis(), users)
        .await(SETUP_TIMEOUT_S, TimeUnit.SECONDS);
    progress.line(target.name(), String.format("set up team %s with %d users in %.1f s", made.team(), users,
        (System.nanoTime() - t0) / 1e9));
    if (cacheable) {
      made.save(file);
    }
    return made;
  }
}
