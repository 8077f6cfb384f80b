package org.tadaserver.gateway.rest;

import org.tadaserver.bus.ServiceException;
import org.tadaserver.chats.SendMessage;
import org.tadaserver.protocol.Limits;

/**
 * Edge checks of chat input that need no stored state, shared by REST and WebSocket (docs/messages.md, step 1): the
 * limits advertised in {@code /features.json} (the same {@link Limits} instance). The chat service checks the same
 * limits with the same words; checking here too spares the event bus a request that cannot succeed. Lengths count
 * Unicode code points, as Go counts runes. Failures are {@code INVALID_DATA} naming the field (REST 422, WebSocket
 * {@code server.warning}).
 */
public final class ChatInputs {
  private ChatInputs() {}

  /** A message to send: text within {@code max_message_length}, forwards within {@code max_linked_messages}. */
  public static void send(SendMessage message, Limits limits) {
    String text = message.content() == null || message.content().text() == null ? "" : message.content().text();
    int length = text.codePointCount(0, text.length());
    if (length > limits.maxMessageLength()) {
      throw ServiceException.invalid("text", "the text has " + length + " characters; at most "
          + limits.maxMessageLength() + " are allowed");
    }
    int linked = message.linkedMessages().size();
    if (linked > limits.maxLinkedMessages()) {
      throw ServiceException.invalid("linked_messages", linked + " forwarded messages; at most "
          + limits.maxLinkedMessages() + " are allowed");
    }
  }

  /** A group title, when given: at most {@code max_group_title_length} characters once stripped. */
  static void groupTitle(String title, Limits limits) {
    if (title == null) {
      return;
    }
    String value = title.strip();
    if (value.codePointCount(0, value.length()) > limits.maxGroupTitleLength()) {
      throw ServiceException.invalid("display_name", "at most " + limits.maxGroupTitleLength() + " characters");
    }
  }
}
