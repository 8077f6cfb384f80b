package org.tadaserver.testkit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A program some tests drive for real (nginx, janus, promtool), taken from its Debian package: found where Debian puts
 * it, else installed with apt-get, which works on the project's machines (Debian, root, the Debian mirror reachable).
 * So {@code ./mvnw verify} needs only a JDK there; {@code .ci/run} installs the same packages beforehand.
 */
public final class DebianPackage {
  /** An install fetches the package index and a few packages; this bounds a hung mirror. */
  private static final long INSTALL_TIMEOUT_MIN = 10;
  private static final Path APT_GET = Path.of("/usr/bin/apt-get");

  private DebianPackage() {}

  /**
   * The first of {@code paths} that is an executable, installing {@code pkg} first when none is; empty when it is not
   * there and cannot be installed (no apt-get, no root, no mirror).
   */
  public static synchronized Optional<Path> program(String pkg, List<String> paths) {
    Optional<Path> found = find(paths);
    if (found.isPresent() || !Files.isExecutable(APT_GET)) {
      return found;
    }
    try {
      Process install = new ProcessBuilder("sh", "-c", "apt-get update -q && DEBIAN_FRONTEND=noninteractive "
          + "apt-get install -y -q --no-install-recommends " + pkg).inheritIO().start();
      if (!install.waitFor(INSTALL_TIMEOUT_MIN, TimeUnit.MINUTES)) {
        install.destroyForcibly();
      }
    } catch (IOException e) {
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
    return find(paths);
  }

  private static Optional<Path> find(List<String> paths) {
    return paths.stream().map(Path::of).filter(Files::isExecutable).findFirst();
  }
}
