package org.tadaserver.bench.metrics;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A server process on this machine, for what {@code /metrics} cannot tell: its resident set size ({@code /proc}) and
 * its live heap after a full collection ({@code jcmd <pid> GC.run}, then the heap from {@code /metrics}). Found by the
 * port it listens on through {@code ss -ltnp}, or given by pid.
 */
public final class LocalProcess {
  private static final Pattern PID = Pattern.compile("pid=(\\d+)");
  private final long pid;

  private LocalProcess(long pid) {
    this.pid = pid;
  }

  public static LocalProcess of(long pid) {
    return new LocalProcess(pid);
  }

  /** The process listening on 127.0.0.1/any {@code port}, if {@code ss} can tell. */
  public static OptionalLong findListener(int port) {
    try {
      Process p = new ProcessBuilder("ss", "-Hltnp", "sport = :" + port).redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      p.waitFor(5, TimeUnit.SECONDS);
      Matcher m = PID.matcher(out);
      return m.find() ? OptionalLong.of(Long.parseLong(m.group(1))) : OptionalLong.empty();
    } catch (IOException e) {
      return OptionalLong.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return OptionalLong.empty();
    }
  }

  public long pid() {
    return pid;
  }

  /** Resident set size in bytes, or -1. */
  public long rssBytes() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
        if (line.startsWith("VmRSS:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
        }
      }
    } catch (IOException | NumberFormatException e) {
      return -1;
    }
    return -1;
  }

  /** Asks the JVM for a full GC; true when jcmd ran and succeeded. */
  public boolean fullGc() {
    try {
      Process p = new ProcessBuilder("jcmd", Long.toString(pid), "GC.run").redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
      return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
