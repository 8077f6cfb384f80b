package org.tadaserver.bench.client;

/**
 * The client events the generator sends, written as text directly. Every value placed in them is produced by the
 * generator itself (JIDs, UUIDs, decimal confirm ids and the ASCII text of {@link #text}), so none needs escaping;
 * {@link #checkPlain} guards that assumption for values that come from outside (JIDs read from the server).
 */
public final class Frames {
  private Frames() {}

  /** {@code client.message.updated} of a plain-text message to {@code to}. */
  public static String message(String to, String messageId, String text, String confirmId) {
    return "{\"event\":\"client.message.updated\",\"params\":{\"to\":\"" + to + "\",\"message_id\":\"" + messageId
        + "\",\"content\":{\"type\":\"plain\",\"text\":\"" + text + "\"}},\"confirm_id\":\"" + confirmId + "\"}";
  }

  /** {@code client.confirm}: the answer to a server event that carried a confirm_id. */
  public static String confirm(String confirmId) {
    return "{\"event\":\"client.confirm\",\"params\":{\"confirm_id\":\"" + checkPlain(confirmId) + "\"}}";
  }

  /**
   * The text of a message: the send time in nanoseconds (so the receiver measures latency without a lookup), a space,
   * and padding up to {@code size} characters.
   */
  public static String text(long sentNanos, int size) {
    String stamp = Long.toString(sentNanos);
    if (stamp.length() + 1 >= size) {
      return stamp;
    }
    return stamp + " " + "x".repeat(size - stamp.length() - 1);
  }

  /** The send time in a text made by {@link #text}, or -1. */
  public static long sentNanos(String text) {
    if (text == null) {
      return -1;
    }
    int end = text.indexOf(' ');
    try {
      return Long.parseLong(end < 0 ? text : text.substring(0, end));
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  /** Rejects a value that would need JSON escaping. */
  public static String checkPlain(String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '"' || c == '\\' || c < 0x20 || c > 0x7e) {
        throw new IllegalArgumentException("value needs escaping: " + value);
      }
    }
    return value;
  }
}
