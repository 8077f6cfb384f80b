package org.tadaserver.gateway.ws;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.tadaserver.presence.SessionEvent;
import org.tadaserver.protocol.event.ClientActivity;

/**
 * What presence learns from the gateway: a session opened (with its team, contact and whether it is a mobile client),
 * closed, did something, or reported its user away or back ({@code client.activity}). Each is a local event-bus
 * message to this node's presence verticle; nothing per session crosses the cluster. Activity is reported at most once
 * per {@link #touchEveryMs} per session (a tenth of afk_age), which is all the idle clock needs. Presence answers an
 * opening with the team's current {@code server.online}, which goes to that one session ({@link Session#greet}), not
 * to the user's other sessions, and reuses the team's last encoded list when it is unchanged ({@link OnlineFrames}).
 * Owned by the gateway's event loop.
 */
final class PresenceHooks {
  static final String ACTIVITY = "client.activity";
  private final Vertx vertx;
  private final long touchEveryMs;
  private final OnlineFrames online;
  private final Map<Session, Tracked> tracked = new HashMap<>();

  /** A session's presence id and when its activity was last reported. */
  private static final class Tracked {
    final String id = UUID.randomUUID().toString();
    long lastTouch = System.currentTimeMillis();
  }

  PresenceHooks(Vertx vertx, int afkAgeSeconds, OnlineFrames online) {
    this.vertx = vertx;
    this.online = online;
    this.touchEveryMs = Math.max(100, Math.min(5_000, afkAgeSeconds * 100L));
  }

  void opened(Session session, String userAgent) {
    Tracked t = new Tracked();
    tracked.put(session, t);
    Identity who = session.identity();
    SessionEvent.open(t.id, who.team(), who.user(), who.contact().toString(), who.membership().status(),
        isMobile(userAgent)).request(vertx).onSuccess(list -> {
          if (list != null && session.isOpen()) {
            session.greet(online.frame(who.team(), list));
          }
        }); // a failure means this node runs no presence: nobody to greet from
  }

  void closed(Session session) {
    Tracked t = tracked.remove(session);
    if (t != null) {
      SessionEvent.close(t.id).send(vertx);
    }
  }

  /** Any client event but keepalives and confirms means the user is there. */
  void observed(Session session, ClientEvent event) {
    if (event.name().equals(Dispatcher.PING) || event.name().equals(Dispatcher.CONFIRM)) {
      return;
    }
    Tracked t = tracked.get(session);
    long now = System.currentTimeMillis();
    if (t != null && now - t.lastTouch >= touchEveryMs) {
      t.lastTouch = now;
      SessionEvent.touch(t.id).send(vertx);
    }
  }

  /** {@code client.activity {afk}}: always reported at once (it is rare and it changes what others see). */
  Future<Void> activity(Session session, ClientEvent event) {
    boolean afk = event.params(ClientActivity.class).afk();
    Tracked t = tracked.get(session);
    if (t != null) {
      t.lastTouch = System.currentTimeMillis();
      SessionEvent.activity(t.id, afk).send(vertx);
    }
    return Future.succeededFuture();
  }

  /** Mobile apps and mobile browsers name their platform in the User-Agent; desktop apps and tdclient do not. */
  static boolean isMobile(String userAgent) {
    if (userAgent == null) {
      return false;
    }
    String ua = userAgent.toLowerCase(Locale.ROOT);
    return ua.contains("android") || ua.contains("iphone") || ua.contains("ipad") || ua.contains("ios")
        || ua.contains("mobile");
  }
}
