package org.tadaserver.store.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * What PostgreSQL itself records about a running server in {@code <data>/postmaster.pid}: line 1 the postmaster's
 * process id, line 4 its TCP port, line 8 its state. PostgreSQL writes this file when it starts and removes it when it
 * stops, so it is the truth about "is a server running on this data directory, and where" for any process that can
 * read the directory, without a file of our own that could go stale.
 */
record PostmasterPid(long pid, int port, String status) {
  static final String FILE_NAME = "postmaster.pid";

  /** The file's content, or empty when there is no file or it is incomplete (a server that is still starting). */
  static Optional<PostmasterPid> read(Path pgDataDir) throws IOException {
    List<String> lines;
    try {
      lines = Files.readAllLines(pgDataDir.resolve(FILE_NAME));
    } catch (NoSuchFileException e) {
      return Optional.empty();
    }
    if (lines.size() < 4) {
      return Optional.empty();
    }
    try {
      long pid = Long.parseLong(lines.get(0).strip());
      int port = Integer.parseInt(lines.get(3).strip());
      String status = lines.size() >= 8 ? lines.get(7).strip() : "";
      return Optional.of(new PostmasterPid(pid, port, status));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  /**
   * Whether the recorded process is alive and is a postgres binary. The command check guards against a stale file
   * whose process id was reused after a reboot; an unreadable command (another user's process) counts as postgres.
   */
  boolean isRunning() {
    return ProcessHandle.of(pid)
        .filter(ProcessHandle::isAlive)
        .filter(p -> p.info().command().map(c -> c.endsWith("postgres")).orElse(true))
        .isPresent();
  }

  /**
   * Asks the server for a "smart" shutdown (SIGTERM: no new sessions, finish the open ones) and waits for the
   * postmaster to exit.
   *
   * @return whether it exited within {@code wait}
   */
  boolean terminate(Duration wait) throws InterruptedException {
    Optional<ProcessHandle> process = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
    if (process.isEmpty()) {
      return true;
    }
    process.get().destroy();
    try {
      process.get().onExit().get(wait.toMillis(), TimeUnit.MILLISECONDS);
      return true;
    } catch (TimeoutException e) {
      return false;
    } catch (ExecutionException e) {
      throw new IllegalStateException("waiting for postgres " + pid + " to exit", e.getCause());
    }
  }
}
