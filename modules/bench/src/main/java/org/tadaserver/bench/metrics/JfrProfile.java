package org.tadaserver.bench.metrics;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedMethod;
import jdk.jfr.consumer.RecordingFile;

/**
 * A CPU profile of a local server process over a window, taken with the JDK's own Flight Recorder ({@code jcmd <pid>
 * JFR.start settings=profile}, then {@code JFR.stop}) and summarised from its execution samples: where the samples'
 * top frames are (by library and by method), and which project methods are on the stack most often.
 */
public final class JfrProfile {
  private static final String NAME = "tada-bench";
  private final LocalProcess process;
  private final Path file;

  private JfrProfile(LocalProcess process, Path file) {
    this.process = process;
    this.file = file;
  }

  /** Starts recording in {@code process}; the recording goes to {@code file}. */
  public static JfrProfile start(LocalProcess process, Path file) throws IOException {
    Files.createDirectories(file.getParent());
    jcmd(process, "JFR.start", "name=" + NAME, "settings=profile", "filename=" + file.toAbsolutePath());
    return new JfrProfile(process, file);
  }

  /** Stops the recording (the process writes the file) and summarises it in lines of text. */
  public List<String> stopAndSummarize(int top) throws IOException {
    jcmd(process, "JFR.stop", "name=" + NAME);
    return summarize(file, top);
  }

  public Path file() {
    return file;
  }

  static List<String> summarize(Path recording, int top) throws IOException {
    Map<String, Integer> leafMethods = new HashMap<>();
    Map<String, Integer> leafAreas = new HashMap<>();
    Map<String, Integer> projectOnStack = new HashMap<>();
    int samples = 0;
    for (RecordedEvent e : RecordingFile.readAllEvents(recording)) {
      if (!e.getEventType().getName().equals("jdk.ExecutionSample") || e.getStackTrace() == null
          || e.getStackTrace().getFrames().isEmpty()) {
        continue;
      }
      samples++;
      List<RecordedFrame> frames = e.getStackTrace().getFrames();
      String leaf = name(frames.get(0).getMethod());
      leafMethods.merge(leaf, 1, Integer::sum);
      leafAreas.merge(area(leaf), 1, Integer::sum);
      Set<String> seen = new HashSet<>();
      for (RecordedFrame f : frames) {
        String m = name(f.getMethod());
        if (m.startsWith("org.tadaserver.") && seen.add(m)) {
          projectOnStack.merge(m, 1, Integer::sum);
        }
      }
    }
    List<String> out = new ArrayList<>();
    out.add(samples + " execution samples");
    out.add("top frames by library:");
    out.addAll(ranked(leafAreas, samples, top));
    out.add("top frames by method:");
    out.addAll(ranked(leafMethods, samples, top));
    out.add("project methods on the stack:");
    out.addAll(ranked(projectOnStack, samples, top));
    return out;
  }

  private static String name(RecordedMethod m) {
    return m == null ? "?" : m.getType().getName() + "." + m.getName();
  }

  /** The library a frame belongs to, by its package. */
  static String area(String method) {
    String[][] areas = {
        {"org.tadaserver.bench.", "bench-relay"}, {"org.tadaserver.", "tada-server"}, {"io.netty.", "netty"},
        {"io.vertx.pgclient.", "vertx-pg-client"},
        {"io.vertx.sqlclient.", "vertx-sql-client"}, {"io.vertx.", "vertx"}, {"com.fasterxml.jackson.", "jackson"},
        {"com.hazelcast.", "hazelcast"}, {"com.password4j.", "password4j"}, {"io.micrometer.", "micrometer"},
        {"ch.qos.logback.", "logback"}, {"java.", "jdk"}, {"javax.", "jdk"}, {"jdk.", "jdk"}, {"sun.", "jdk"}};
    for (String[] a : areas) {
      if (method.startsWith(a[0])) {
        return a[1];
      }
    }
    return "other";
  }

  private static List<String> ranked(Map<String, Integer> counts, int total, int top) {
    return counts.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).limit(top)
        .map(e -> String.format(Locale.ROOT, "  %5.1f%%  %s", 100.0 * e.getValue() / Math.max(1, total), e.getKey()))
        .toList();
  }

  private static void jcmd(LocalProcess process, String... args) throws IOException {
    List<String> command = new ArrayList<>(List.of("jcmd", Long.toString(process.pid())));
    command.addAll(List.of(args));
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    try {
      String out = new String(p.getInputStream().readAllBytes());
      if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0 || out.contains("Could not")) {
        throw new IOException("jcmd " + String.join(" ", args) + " failed: " + out.trim());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
  }
}
