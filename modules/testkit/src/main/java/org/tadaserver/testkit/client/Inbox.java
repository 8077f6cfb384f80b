package org.tadaserver.testkit.client;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Predicate;

/**
 * The events a socket received, in arrival order. {@link #take} removes the first pending event that matches and
 * leaves the others pending, so a test can wait for events in any order; {@link #all} keeps everything ever received.
 * Thread-safe: the socket's listener adds, the test thread takes.
 */
final class Inbox {
  private final List<JsonNode> pending = new ArrayList<>();
  private final List<JsonNode> all = new ArrayList<>();
  private boolean closed;

  synchronized void add(JsonNode event) {
    pending.add(event);
    all.add(event);
    notifyAll();
  }

  /** No more events will come; waiting takes return at once. */
  synchronized void close() {
    closed = true;
    notifyAll();
  }

  /**
   * Removes and returns the first pending event that matches, waiting up to {@code timeout} for one.
   *
   * @return the event, or null on timeout or when the socket closed without it
   */
  synchronized JsonNode take(Predicate<JsonNode> match, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      for (Iterator<JsonNode> it = pending.iterator(); it.hasNext(); ) {
        JsonNode event = it.next();
        if (match.test(event)) {
          it.remove();
          return event;
        }
      }
      long left = deadline - System.nanoTime();
      if (left <= 0 || closed) {
        return null;
      }
      wait(Math.max(1, left / 1_000_000));
    }
  }

  /** Removes and returns every pending event. */
  synchronized List<JsonNode> drain() {
    List<JsonNode> out = new ArrayList<>(pending);
    pending.clear();
    return out;
  }

  synchronized List<JsonNode> pending() {
    return List.copyOf(pending);
  }

  synchronized List<JsonNode> all() {
    return List.copyOf(all);
  }
}
