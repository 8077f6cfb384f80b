package org.tadaserver.bench.metrics;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The embedded PostgreSQL of a node's data directory (its postmaster's pid is the first line of
 * {@code <data_dir>/pg/postmaster.pid}), for the CPU the database spends on the server's behalf: the postmaster's own
 * time, the time of the backends it has reaped, and that of its live children. Reads {@code /proc}; Linux only.
 */
public final class PostgresProcess {
  /** USER_HZ: the unit of the times in /proc/[pid]/stat on every Linux this runs on. */
  private static final double TICKS_PER_SECOND = 100.0;
  private final Path dataDir;

  private PostgresProcess(Path dataDir) {
    this.dataDir = dataDir;
  }

  public static PostgresProcess of(Path dataDir) {
    return new PostgresProcess(dataDir);
  }

  /** CPU seconds of the database's processes so far, or -1 when it cannot be read. */
  public double cpuSeconds() {
    long pid = postmaster();
    if (pid <= 0) {
      return -1;
    }
    long[] own = times(pid);
    if (own == null) {
      return -1;
    }
    long ticks = own[0] + own[1] + own[2] + own[3];
    try (DirectoryStream<Path> procs = Files.newDirectoryStream(Path.of("/proc"), p -> p.getFileName().toString()
        .chars().allMatch(Character::isDigit))) {
      for (Path p : procs) {
        long[] t = times(Long.parseLong(p.getFileName().toString()));
        if (t != null && t[4] == pid) {
          ticks += t[0] + t[1];
        }
      }
    } catch (IOException e) {
      return -1;
    }
    return ticks / TICKS_PER_SECOND;
  }

  private long postmaster() {
    try {
      return Long.parseLong(Files.readAllLines(dataDir.resolve("pg").resolve("postmaster.pid")).get(0).trim());
    } catch (IOException | RuntimeException e) {
      return -1;
    }
  }

  /** utime, stime, cutime, cstime, ppid of a process, or null. */
  private static long[] times(long pid) {
    try {
      String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
      // the command name (field 2) may contain spaces; fields after it are split from its closing parenthesis
      String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      return new long[] {Long.parseLong(f[11]), Long.parseLong(f[12]), Long.parseLong(f[13]), Long.parseLong(f[14]),
          Long.parseLong(f[1])};
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }
}
