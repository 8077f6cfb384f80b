package org.tadaserver.chats.messages;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import java.util.List;
import java.util.UUID;
import org.tadaserver.chats.access.ChatFailures;
import org.tadaserver.chats.access.ChatTarget;
import org.tadaserver.directory.Membership;
import org.tadaserver.protocol.Gentime;
import org.tadaserver.protocol.Jid;
import org.tadaserver.store.chat.ChatRepository;
import org.tadaserver.store.chat.Notebot;
import org.tadaserver.store.chat.TeamClock;

/**
 * Direct chats come into being with their first message (or draft): the chat row and both member rows, then
 * {@code server.chat.updated} to both sides after COMMIT. The notebot's contact is created the first time someone
 * names it.
 */
final class DirectChats {
  private final Pool pool;
  private final ChatUpdates updates;

  DirectChats(Pool pool, ChatUpdates updates) {
    this.pool = pool;
    this.updates = updates;
  }

  /** Creates the team's notebot contact if {@code to} names it and it does not exist yet. */
  Future<Void> notebotIfNamed(Membership actor, Jid to) {
    if (!to.isContact() || !to.uuid().equals(Notebot.uid(actor.team()))) {
      return Future.succeededFuture();
    }
    return Notebot.ensure(pool, actor.team(), Gentime.next());
  }

  /** The uid of the target's chat, creating a direct chat that does not exist yet. */
  Future<UUID> ensure(Membership actor, ChatTarget target) {
    if (target.exists()) {
      return Future.succeededFuture(target.chat().uid());
    }
    UUID team = actor.team();
    UUID peer = target.peer().uid();
    return ChatFailures.mapped(pool.withTransaction(tx -> new TeamClock(tx).next(team)
            .compose(g -> new ChatRepository(tx).createDirect(team, actor.contact(), peer, g))))
        .compose(chat -> updates.publish(team, chat, List.of(actor.contact(), peer)).map(chat.uid()));
  }
}
