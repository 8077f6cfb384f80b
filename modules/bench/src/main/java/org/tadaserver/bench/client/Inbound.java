package org.tadaserver.bench.client;

import java.util.List;

/**
 * What the generator needs from one server event: its name, the confirm_id it asks to be answered with, the
 * confirm_id it answers ({@code server.confirm}), the messages it carries ({@code server.message.updated}), and, for a
 * {@code server.warning}, its text and the confirm_id of the client event it refers to.
 */
public record Inbound(String event, String confirmId, String confirms, boolean delayed, List<Delivered> messages,
    String warning, String warnedConfirmId) {

  public static final String CONFIRM = "server.confirm";
  public static final String WARNING = "server.warning";
  public static final String MESSAGE_UPDATED = "server.message.updated";

  /** One message of a {@code server.message.updated}. */
  public record Delivered(String messageId, String text, long gentime) {}
}
