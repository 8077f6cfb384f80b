package org.tadaserver.gateway.rest;

import io.vertx.ext.web.RoutingContext;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;
import org.tadaserver.bus.ServiceException;
import org.tadaserver.protocol.Jid;

/**
 * Ids in REST paths. A malformed id names nothing, so it gets the same {@code 404 NOT_FOUND} as an id that is unknown or
 * not the caller's (reference §2.1; nothing is learnt by probing).
 */
public final class PathIds {
  /** Go's {@code uuid.Parse} form; {@link UUID#fromString} alone would also take {@code 1-1-1-1-1}. */
  private static final Pattern UUID_TEXT =
      Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

  private PathIds() {}

  /** The {@code :team} path parameter, a bare UUID. */
  public static UUID team(RoutingContext ctx) {
    return team(ctx.pathParam("team"));
  }

  static UUID team(String text) {
    if (text == null || !UUID_TEXT.matcher(text).matches()) {
      throw ServiceException.notFound("team");
    }
    return UUID.fromString(text);
  }

  /** The {@code :jid} path parameter as a canonical contact JID ({@code d-<uuid>}). */
  public static String contact(RoutingContext ctx) {
    return contact(ctx.pathParam("jid"));
  }

  static String contact(String text) {
    if (text == null) {
      throw ServiceException.notFound("contact");
    }
    try {
      Jid jid = Jid.parse(text.toLowerCase(Locale.ROOT));
      if (jid.isContact()) {
        return jid.toString();
      }
    } catch (IllegalArgumentException e) {
      // not a JID: answered like an unknown one, below
    }
    throw ServiceException.notFound("contact");
  }
}
