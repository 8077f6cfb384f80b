package org.tadaserver.directory;

import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.MessageConsumer;
import org.tadaserver.protocol.Wire;

/**
 * Facts the directory announces to other capabilities after commit, so that they can react without the directory
 * knowing them (the chat service puts a new member into the team's {@code default_for_all} groups). Sent point to
 * point over the event bus: exactly one consumer in the cluster handles each. Best effort like every bus message; the
 * admin CLI, which runs outside the cluster, announces nothing.
 */
public final class DirectoryEvents {
  /** A contact joined a team (added, or brought back after removal); the body is its {@link Membership}. */
  public static final String CONTACT_JOINED = "tada.directory.contact-joined";

  private DirectoryEvents() {}

  public static void contactJoined(Vertx vertx, Membership joined) {
    vertx.eventBus().send(CONTACT_JOINED, Wire.toJson(joined));
  }

  public static MessageConsumer<String> onContactJoined(Vertx vertx, Handler<Membership> handler) {
    return vertx.eventBus().consumer(CONTACT_JOINED,
        msg -> handler.handle(Wire.fromJson(msg.body(), Membership.class)));
  }
}
