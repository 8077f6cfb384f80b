package org.tadaserver.e2e.cluster;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.stream.Collectors;

/** What the multi-process scenarios print and append to {@code target/cluster-it.txt}, one line per scenario run. */
final class Reports {
  private Reports() {}

  static void report(String format, Object... args) throws IOException {
    String line = String.format(format, args);
    System.out.println("[cluster-it] " + line);
    Files.writeString(Path.of("target", "cluster-it.txt"), line + System.lineSeparator(), StandardOpenOption.CREATE,
        StandardOpenOption.APPEND);
  }

  static String reconnects(Conversation talk) {
    return talk.clients.stream().map(c -> Integer.toString(c.reconnects())).collect(Collectors.joining(",", "[", "]"));
  }

  static int resends(Conversation talk) {
    return talk.clients.stream().mapToInt(ChattingClient::resends).sum();
  }
}
