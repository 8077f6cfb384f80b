package org.tadaserver.e2e.fuzz;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** The counts of a socket fuzz run, shared by its sessions: frames sent, replies by kind, warnings by reason, closes
 *  by code, and findings (each a broken promise of the server, with a few samples). */
final class FuzzTally {
  private static final int SAMPLES = 20;
  private final Map<String, LongAdder> sent = new ConcurrentHashMap<>();
  private final Map<String, LongAdder> replies = new ConcurrentHashMap<>();
  private final Map<String, LongAdder> reasons = new ConcurrentHashMap<>();
  private final Map<String, LongAdder> closes = new ConcurrentHashMap<>();
  private final Map<String, LongAdder> findings = new ConcurrentHashMap<>();
  private final List<String> samples = Collections.synchronizedList(new ArrayList<>());

  void sent(FuzzFrame frame) {
    add(sent, frame.expect().name());
  }

  void reply(String kind) {
    add(replies, kind);
  }

  /** A warning's reason: its message with ids, numbers and echoed text cut away, so reasons group. */
  void warning(String message) {
    add(reasons, reason(message));
  }

  void closed(int code) {
    add(closes, String.valueOf(code));
  }

  void finding(String kind, String sample) {
    add(findings, kind);
    if (samples.size() < SAMPLES) {
      samples.add(kind + ": " + (sample.length() > 400 ? sample.substring(0, 400) + "..." : sample));
    }
  }

  long frames() {
    return total(sent);
  }

  long findingCount() {
    return total(findings);
  }

  Map<String, Long> sentByExpect() {
    return snapshot(sent);
  }

  Map<String, Long> repliesByKind() {
    return snapshot(replies);
  }

  Map<String, Long> warningsByReason() {
    return snapshot(reasons);
  }

  Map<String, Long> closesByCode() {
    return snapshot(closes);
  }

  Map<String, Long> findings() {
    return snapshot(findings);
  }

  List<String> samples() {
    return List.copyOf(samples);
  }

  static String reason(String message) {
    String r = message == null ? "(none)" : message;
    int nl = r.indexOf('\n');
    if (nl >= 0) {
      r = r.substring(0, nl);
    }
    r = r.replaceAll("(?i)[dgt]-[0-9a-f-]{36}|[0-9a-f]{8}-[0-9a-f-]{27}", "<id>")
        .replaceAll("'[^']*'|\"[^\"]*\"|\\([^)]*\\)", "<...>")
        .replaceAll("-?\\d+(\\.\\d+)?([eE][+-]?\\d+)?", "<n>")
        .replaceAll("client\\.nope<n>", "client.nope*")
        .replaceAll("[\\p{Cs}\\p{Cc}\\p{Cf}]", "?");
    return r.length() > 120 ? r.substring(0, 120) + "..." : r;
  }

  private static void add(Map<String, LongAdder> map, String key) {
    map.computeIfAbsent(key, k -> new LongAdder()).increment();
  }

  private static long total(Map<String, LongAdder> map) {
    return map.values().stream().mapToLong(LongAdder::sum).sum();
  }

  private static Map<String, Long> snapshot(Map<String, LongAdder> map) {
    Map<String, Long> out = new TreeMap<>();
    map.forEach((k, v) -> out.put(k, v.sum()));
    return out;
  }
}
