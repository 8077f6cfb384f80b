package org.tadaserver.chats.messages;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import java.util.List;
import java.util.Map;
import org.tadaserver.bus.ServiceException;
import org.tadaserver.chats.access.ChatFailures;
import org.tadaserver.directory.Membership;
import org.tadaserver.protocol.model.Message;
import org.tadaserver.store.chat.MemberRepository;
import org.tadaserver.store.chat.MessageRepository;
import org.tadaserver.store.chat.MessageRow;
import org.tadaserver.store.chat.ReactionRepository;
import org.tadaserver.store.chat.TeamClock;
import org.tadaserver.store.team.TeamRepository;

/**
 * Emoji reactions: a current member adds or removes their reaction {@code name} on a live message. A change moves the
 * message's gentime and every current member gets {@code server.message.updated} {@code delayed:true} with the
 * reactions and their details; adding a reaction twice or removing one that is not there changes nothing and sends
 * nothing.
 */
final class Reactions {
  /** Same bound as the schema's check on {@code message_reactions.name}. */
  static final int MAX_NAME = 64;
  private final Pool pool;
  private final Fanout fanout;

  Reactions(Pool pool, Fanout fanout) {
    this.pool = pool;
    this.fanout = fanout;
  }

  Future<Message> react(Membership actor, String messageId, String name, boolean add) {
    String emoji = name == null ? "" : name.strip();
    if (emoji.isEmpty() || emoji.length() > MAX_NAME || emoji.chars().anyMatch(Character::isWhitespace)) {
      return Future.failedFuture(ServiceException.invalid("name", "a reaction is one emoji (1 to " + MAX_NAME
          + " characters, no spaces)"));
    }
    Future<Message> done = Lookups.message(pool, actor, messageId).compose(found -> {
      MessageRow row = found.message();
      if (row.isArchive()) {
        return Future.failedFuture(ServiceException.accessDenied("The message is deleted"));
      }
      return Done.commit(pool, fanout, tx -> new TeamClock(tx).next(actor.team()).compose(g -> {
        ReactionRepository reactions = new ReactionRepository(tx);
        Future<Boolean> changed = add ? reactions.add(row.uid(), actor.contact(), emoji)
            : reactions.remove(row.uid(), actor.contact(), emoji);
        return changed.compose(c -> c ? new MessageRepository(tx).touch(row.uid(), g).map(row.touched(g))
                : Future.succeededFuture(row))
            .compose(updated -> new TeamRepository(tx).get(actor.team())
                .compose(team -> PageContext.load(tx, row.chatUid(), team.settings().maxMessageUpdateAge(),
                    List.of(updated)))
                .compose(ctx -> new MemberRepository(tx).active(row.chatUid()).map(members -> {
                  Message view = MessageViews.view(updated, actor.contact(), ctx);
                  return updated == row ? Done.quiet(view)
                      : new Done<>(view, MessageEvents.changed(actor.team(), updated, members, ctx, Map.of()));
                })));
      }));
    });
    return ChatFailures.mapped(done);
  }
}
