package org.tadaserver.e2e.ops;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One scrape of a node's {@code /metrics} (Prometheus text format 0.0.4): every sample with its labels. Enough of the
 * format for our own output: {@code name{k="v",...} value} lines and comments.
 */
public final class PromText {
  /** HTTP/1.1: the JDK client's default h2c upgrade attempt has been seen to hang past the request timeout. */
  private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(5)).build();
  private static final Pattern SAMPLE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{(.*)})?\\s+(\\S+)$");
  private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\"");

  record Sample(String name, Map<String, String> labels, double value) {}

  private final List<Sample> samples;

  private PromText(List<Sample> samples) {
    this.samples = samples;
  }

  public static PromText scrape(String baseUrl) {
    try {
      HttpResponse<String> r = HTTP.sendAsync(HttpRequest.newBuilder(URI.create(baseUrl + "/metrics"))
          .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString()).get(15, TimeUnit.SECONDS);
      if (r.statusCode() != 200) {
        throw new AssertionError("/metrics answered " + r.statusCode());
      }
      return parse(r.body());
    } catch (ExecutionException | TimeoutException e) {
      throw new AssertionError("cannot scrape " + baseUrl, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  static PromText parse(String text) {
    List<Sample> out = new ArrayList<>();
    for (String line : text.split("\n")) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      Matcher m = SAMPLE.matcher(line.trim());
      if (!m.matches()) {
        throw new AssertionError("not a sample line: " + line);
      }
      Map<String, String> labels = new LinkedHashMap<>();
      if (m.group(3) != null) {
        Matcher l = LABEL.matcher(m.group(3));
        while (l.find()) {
          labels.put(l.group(1), l.group(2));
        }
      }
      out.add(new Sample(m.group(1), labels, Double.parseDouble(m.group(4))));
    }
    return new PromText(out);
  }

  /** Every metric name present (histograms show as their _bucket, _count, _sum series). */
  Set<String> names() {
    Set<String> names = new TreeSet<>();
    samples.forEach(s -> names.add(s.name()));
    return names;
  }

  boolean has(String name) {
    return samples.stream().anyMatch(s -> s.name().equals(name));
  }

  /** The sum of the samples of {@code name} whose labels include {@code labels}; fails if there is none. */
  double value(String name, Map<String, String> labels) {
    List<Sample> matching = samples.stream()
        .filter(s -> s.name().equals(name) && s.labels().entrySet().containsAll(labels.entrySet())).toList();
    if (matching.isEmpty()) {
      throw new AssertionError("no sample " + name + labels + " in /metrics");
    }
    return matching.stream().mapToDouble(Sample::value).sum();
  }

  public double value(String name) {
    return value(name, Map.of());
  }

  /** As {@link #value(String, Map)}, 0 when there is no such sample (a tagged counter not incremented yet). */
  double valueOrZero(String name, Map<String, String> labels) {
    return has(name) && samples.stream().anyMatch(s -> s.name().equals(name)
        && s.labels().entrySet().containsAll(labels.entrySet())) ? value(name, labels) : 0;
  }
}
