package org.tadaserver.chats.messages;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
  private final Map<List<UUID>, Future<UUID>> creating = new HashMap<>();

  DirectChats(Pool pool, ChatUpdates updates) {
    this.pool = pool;
    this.updates = updates;
  }

  /** Creates the team's notebot contact if {@code to} names it and it does not exist yet. */
  Future<Void> notebotIfNamed(Membership actor, Jid to) {
    if (!to.isContact() || to.uuid().version() != 3 || !to.uuid().equals(Notebot.uid(actor.team()))) {
      return Future.succeededFuture();
    }
    return Notebot.ensure(pool, actor.team(), Gentime.next());
  }

  /**
   * The uid of the target's chat, creating a direct chat that does not exist yet. Concurrent first messages of one
   * pair share one creation (a burst of sends to a new chat would otherwise queue as many transactions on the team
   * clock).
   */
  Future<UUID> ensure(Membership actor, ChatTarget target) {
    if (target.exists()) {
      return Future.succeededFuture(target.chat().uid());
    }
    UUID peer = target.peer().uid();
    List<UUID> pair = actor.contact().compareTo(peer) < 0 ? List.of(actor.contact(), peer)
        : List.of(peer, actor.contact());
    synchronized (creating) {
      Future<UUID> running = creating.get(pair);
      if (running != null) {
        return running;
      }
      Future<UUID> created = create(actor, peer);
      creating.put(pair, created);
      created.onComplete(done -> {
        synchronized (creating) {
          creating.remove(pair);
        }
      });
      return created;
    }
  }

  private Future<UUID> create(Membership actor, UUID peer) {
    UUID team = actor.team();
    return ChatFailures.mapped(pool.withTransaction(tx -> new TeamClock(tx).next(team)
            .compose(g -> new ChatRepository(tx).createDirect(team, actor.contact(), peer, g))))
        .compose(chat -> updates.publish(team, chat, List.of(actor.contact(), peer)).map(chat.uid()));
  }
}
