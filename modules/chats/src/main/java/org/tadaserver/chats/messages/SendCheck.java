package org.tadaserver.chats.messages;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import org.tadaserver.bus.ServiceException;
import org.tadaserver.chats.SendMessage;
import org.tadaserver.protocol.Jid;
import org.tadaserver.protocol.Limits;
import org.tadaserver.protocol.enums.Mediatype;

/**
 * Checks a {@link SendMessage} on its own (no database): well-formed ids, plain text within
 * {@code max_message_length} (counted in Unicode code points), at most {@code max_linked_messages} forwards, no
 * uploads yet. Every failure is {@code INVALID_DATA} naming the field.
 */
final class SendCheck {
  private SendCheck() {}

  /** A request that passed the checks; {@code uid} is made when the client sent none. */
  record Checked(Jid to, UUID uid, String text, UUID replyTo, List<UUID> linked, boolean important,
      boolean nopreview) {}

  static Checked check(SendMessage r, Limits limits) {
    if (r == null) {
      throw ServiceException.invalid("message", "missing");
    }
    Jid to = jid("to", r.to());
    UUID uid = r.messageId() == null || r.messageId().isBlank() ? UUID.randomUUID() : uuid("message_id", r.messageId());
    if (r.content() == null) {
      throw ServiceException.invalid("content", "missing");
    }
    if (r.content().type() != null && r.content().type() != Mediatype.PLAIN) {
      throw ServiceException.invalid("type", "only plain text messages can be sent (not " + r.content().type().wire()
          + ")");
    }
    if (!r.uploads().isEmpty()) {
      throw ServiceException.invalid("uploads", "file uploads are not supported by this server yet");
    }
    List<UUID> linked = linked(r.linkedMessages(), limits);
    String text = r.content().text() == null ? "" : r.content().text();
    if (text.isBlank() && linked.isEmpty()) {
      throw ServiceException.invalid("text", "a message needs text (or forwarded messages)");
    }
    int length = text.codePointCount(0, text.length());
    if (length > limits.maxMessageLength()) {
      throw ServiceException.invalid("text", "the text has " + length + " characters; at most "
          + limits.maxMessageLength() + " are allowed");
    }
    UUID replyTo = r.replyTo() == null || r.replyTo().isBlank() ? null : uuid("reply_to", r.replyTo());
    return new Checked(to, uid, text, replyTo, linked, r.important(), r.nopreview());
  }

  static UUID uuid(String field, String value) {
    try {
      UUID parsed = UUID.fromString(value);
      if (!parsed.toString().equals(value.toLowerCase(java.util.Locale.ROOT))) {
        throw new IllegalArgumentException("not canonical");
      }
      return parsed;
    } catch (IllegalArgumentException e) {
      throw ServiceException.invalid(field, "not a message id (a UUID): " + abbreviate(value));
    }
  }

  static Jid jid(String field, String value) {
    if (value == null || value.isBlank()) {
      throw ServiceException.invalid(field, "missing");
    }
    try {
      return Jid.parse(value);
    } catch (IllegalArgumentException e) {
      throw ServiceException.invalid(field, "not a chat JID: " + abbreviate(value));
    }
  }

  private static List<UUID> linked(List<String> ids, Limits limits) {
    if (ids.size() > limits.maxLinkedMessages()) {
      throw ServiceException.invalid("linked_messages", ids.size() + " forwarded messages; at most "
          + limits.maxLinkedMessages() + " are allowed");
    }
    LinkedHashSet<UUID> out = new LinkedHashSet<>();
    for (String id : ids) {
      out.add(uuid("linked_messages", id));
    }
    return new ArrayList<>(out);
  }

  private static String abbreviate(String value) {
    return value.length() > 64 ? value.substring(0, 64) + "..." : value;
  }
}
