package org.tadaserver.reminds;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.tadaserver.bus.ServiceException;
import org.tadaserver.protocol.Jid;

/** Validation of remind input; every failure is {@code INVALID_DATA} naming the field (or NOT_FOUND for a uid). */
public final class RemindInputs {
  /** The longest comment kept; the column allows no more. */
  static final int MAX_COMMENT = 4096;

  private RemindInputs() {}

  static Jid chat(String chat) {
    if (chat == null || chat.isEmpty()) {
      throw ServiceException.invalid("chat", "required");
    }
    if (!Jid.isValid(chat)) {
      throw ServiceException.invalid("chat", "not a chat JID");
    }
    return Jid.parse(chat);
  }

  /** The due time at the database's precision (microseconds); must be after {@code now}. */
  static Instant fireAt(String fireAt, Instant now) {
    return time("fire_at", fireAt, now);
  }

  /**
   * Checks a task's {@code remind_at} (the due time of the remind made with the task) by the rules of
   * {@code fire_at}, naming {@code remind_at} in the error, so a bad value is refused before the task is written.
   */
  public static void checkRemindAt(String remindAt) {
    time("remind_at", remindAt, Instant.now());
  }

  private static Instant time(String key, String value, Instant now) {
    if (value == null || value.isEmpty()) {
      throw ServiceException.invalid(key, "required");
    }
    Instant at;
    try {
      at = OffsetDateTime.parse(value).toInstant().truncatedTo(ChronoUnit.MICROS);
    } catch (DateTimeParseException e) {
      throw ServiceException.invalid(key, "not an RFC 3339 time");
    }
    if (!at.isAfter(now)) {
      throw ServiceException.invalid(key, "must be in the future");
    }
    if (at.getEpochSecond() > MAX_EPOCH_SECOND) {
      throw ServiceException.invalid(key, "too far in the future");
    }
    return at;
  }

  /** 9999-12-31T23:59:59Z: later times do not fit an RFC 3339 year, nor PostgreSQL's timestamptz text form. */
  private static final long MAX_EPOCH_SECOND = 253402300799L;

  static String comment(String comment) {
    if (comment != null && comment.length() > MAX_COMMENT) {
      throw ServiceException.invalid("comment", "longer than " + MAX_COMMENT + " characters");
    }
    return comment;
  }

  /** A remind uid from a path; a malformed one is the same NOT_FOUND as an unknown one. */
  static UUID uid(String uid) {
    try {
      UUID parsed = UUID.fromString(uid);
      if (parsed.toString().equals(uid)) {
        return parsed;
      }
    } catch (IllegalArgumentException | NullPointerException e) {
      // answered below
    }
    throw ServiceException.notFound("remind");
  }
}
