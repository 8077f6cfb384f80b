package org.tadaserver.gateway.limits;

import io.github.bucket4j.Bucket;
import java.util.function.LongSupplier;

/**
 * The client events of one WebSocket session: {@code client.message.updated} in one bucket, every other event in
 * another, {@code client.confirm} in none (it is the client's automatic answer to our events; throttling it would only
 * make us resend). A refused event is answered with a warning {@link #REASON} and not processed, and it gets no
 * {@code server.confirm}, so a client resends it after {@code features.resend_timeout}.
 */
public final class SessionLimiter {
  /** The start of the {@code server.warning} message of a refused event; the protocol defines no code for it. */
  public static final String REASON = "rate limit exceeded";
  static final String MESSAGE = "client.message.updated";
  static final String CONFIRM = "client.confirm";
  private final Bucket messages;
  private final Bucket events;

  /** The limiter of a new session under {@code config}. */
  public static SessionLimiter of(RateLimitConfig config) {
    return new SessionLimiter(config.effective(config.wsMessages()), config.effective(config.wsEvents()), System::nanoTime);
  }

  SessionLimiter(Rate messages, Rate events, LongSupplier nanoTime) {
    Buckets buckets = new Buckets(nanoTime);
    this.messages = messages.unlimited() ? null : buckets.create(messages);
    this.events = events.unlimited() ? null : buckets.create(events);
  }

  /** Counts one event named {@code event} (any text: malformed frames count as events). */
  public Admission admit(String event) {
    if (CONFIRM.equals(event)) {
      return Admission.ADMITTED;
    }
    Bucket bucket = MESSAGE.equals(event) ? messages : events;
    return bucket == null ? Admission.ADMITTED : Buckets.take(bucket);
  }

  /** The warning text for a refused event. */
  public static String warning(Admission refused) {
    return REASON + ": resend in " + refused.retryAfterSeconds() + " s";
  }
}
