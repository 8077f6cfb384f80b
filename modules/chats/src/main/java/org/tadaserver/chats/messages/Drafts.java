package org.tadaserver.chats.messages;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import java.util.List;
import org.tadaserver.bus.ServiceException;
import org.tadaserver.chats.access.ChatAccess;
import org.tadaserver.directory.Membership;
import org.tadaserver.protocol.Jid;
import org.tadaserver.protocol.Limits;
import org.tadaserver.protocol.event.ServerChatDraft;
import org.tadaserver.store.chat.DraftRepository;
import org.tadaserver.store.chat.TeamClock;

/**
 * Server-side drafts (protocol-reference §3.8): a member's draft of a chat is stored when its {@code revision} (unix
 * ms) is newer than the stored one (the newest wins; an older or repeated one changes nothing and tells nobody), and
 * every session of the member gets {@code server.chat.draft} (the sending session too: it has that revision already,
 * so applying it is a no-op). A draft to a person with no chat yet creates the direct chat, as a first message would.
 */
final class Drafts {
  private final Pool pool;
  private final Fanout fanout;
  private final Limits limits;
  private final DirectChats directs;

  Drafts(Pool pool, Fanout fanout, Limits limits, DirectChats directs) {
    this.pool = pool;
    this.fanout = fanout;
    this.limits = limits;
    this.directs = directs;
  }

  Future<Void> draft(Membership actor, String chatJid, String draft, long revision) {
    String text = draft == null ? "" : draft;
    if (text.codePointCount(0, text.length()) > limits.maxMessageLength()) {
      return Future.failedFuture(ServiceException.invalid("draft", "longer than " + limits.maxMessageLength()
          + " characters"));
    }
    if (revision <= 0) {
      return Future.failedFuture(ServiceException.invalid("revision", "must be a positive unix time in ms"));
    }
    Jid jid;
    try {
      jid = SendCheck.jid("jid", chatJid);
    } catch (ServiceException e) {
      return Future.failedFuture(e);
    }
    return directs.notebotIfNamed(actor, jid)
        .compose(v -> new ChatAccess(pool).resolveMember(actor, chatJid))
        .compose(target -> directs.ensure(actor, target)
            .compose(chat -> Done.commit(pool, fanout, tx -> new TeamClock(tx).next(actor.team())
                .compose(g -> new DraftRepository(tx).save(chat, actor.contact(), text, revision, g))
                .map(saved -> saved.isEmpty() ? Done.<Void>quiet(null)
                    : new Done<Void>(null, List.of(Fanout.toUser(actor.team(), actor.user(),
                        new ServerChatDraft(target.jid(), text, revision, saved.get().gentime(), 0))))))));
  }
}
