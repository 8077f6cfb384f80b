package org.tadaserver.bench.scenario;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.tadaserver.bench.target.Fixture;
import org.tadaserver.bench.target.Target;

/** Makes (or, for the server with a fixture file, reuses) the team and users of a run. */
public final class Fixtures {
  private static final long SETUP_TIMEOUT_S = 3600;

  private Fixtures() {}

  /**
   * {@code teams} teams of {@code users / teams} users each (the first {@code users % teams} get one more); with a
   * {@code file}, team {@code i} is saved as {@code file-i} (see {@link #of}).
   */
  public static List<Fixture> teams(Target target, String scenario, int users, int teams, Path file, Progress progress)
      throws Exception {
    if (teams < 1 || teams > users) {
      throw new IllegalArgumentException("need 1..users teams");
    }
    if (teams == 1) {
      return List.of(of(target, scenario, users, file, progress));
    }
    List<Fixture> out = new ArrayList<>();
    for (int t = 0; t < teams; t++) {
      int size = users / teams + (t < users % teams ? 1 : 0);
      Path teamFile = file == null ? null : file.resolveSibling(file.getFileName() + "-" + t);
      out.add(of(target, scenario, size, teamFile, progress));
    }
    return out;
  }

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
