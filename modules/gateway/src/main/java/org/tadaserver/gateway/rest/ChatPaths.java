package org.tadaserver.gateway.rest;

import io.vertx.ext.web.RoutingContext;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.tadaserver.bus.ServiceException;
import org.tadaserver.protocol.Jid;
import org.tadaserver.protocol.JidPrefix;

/**
 * Chat ids in REST paths, next to {@link PathIds}: a chat JID ({@code d-} for the direct chat with that contact,
 * {@code g-}, {@code t-}), a group JID, a message id (a UUID). As with {@link PathIds}, a malformed id names nothing
 * and gets the same {@code 404 NOT_FOUND} as an unknown one.
 */
final class ChatPaths {
  private static final Set<JidPrefix> CHATS = Set.of(JidPrefix.CONTACT, JidPrefix.GROUP, JidPrefix.TASK);

  private ChatPaths() {}

  /** The {@code :jid} path parameter as a chat JID. */
  static String chat(RoutingContext ctx) {
    return chat(ctx.pathParam("jid"));
  }

  static String chat(String text) {
    Jid jid = jid(text);
    if (jid == null || !CHATS.contains(jid.prefix())) {
      throw ServiceException.notFound("chat");
    }
    return jid.toString();
  }

  /** The {@code :group} path parameter as a group JID ({@code g-<uuid>}). */
  static String group(RoutingContext ctx) {
    return group(ctx.pathParam("group"));
  }

  static String group(String text) {
    Jid jid = jid(text);
    if (jid == null || jid.prefix() != JidPrefix.GROUP) {
      throw ServiceException.notFound("group");
    }
    return jid.toString();
  }

  /** The {@code :member} path parameter, a contact JID. */
  static String member(RoutingContext ctx) {
    return PathIds.contact(ctx.pathParam("member"));
  }

  /** The {@code :id} path parameter, a message id in canonical (lowercase) UUID form. */
  static String message(RoutingContext ctx) {
    return message(ctx.pathParam("id"));
  }

  static String message(String text) {
    if (text != null) {
      try {
        UUID uuid = UUID.fromString(text);
        if (uuid.toString().equals(text.toLowerCase(Locale.ROOT))) {
          return uuid.toString();
        }
      } catch (IllegalArgumentException e) {
        // not a UUID: answered like an unknown message, below
      }
    }
    throw ServiceException.notFound("message");
  }

  private static Jid jid(String text) {
    if (text == null) {
      return null;
    }
    try {
      return Jid.parse(text.toLowerCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
