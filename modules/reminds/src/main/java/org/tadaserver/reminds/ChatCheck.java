package org.tadaserver.reminds;

import io.vertx.core.Future;
import org.tadaserver.directory.Membership;
import org.tadaserver.protocol.Jid;

/**
 * Whether the actor can see a chat, by the chat service's own rules (a remind on a chat one cannot open would bring
 * its owner back to nothing). Fails with the chat service's {@code NOT_FOUND} when they cannot.
 */
@FunctionalInterface
public interface ChatCheck {
  Future<Void> visible(Membership actor, Jid chat);
}
