package org.tadaserver.chats.messages;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.SqlClient;
import java.util.List;
import org.tadaserver.chats.MessageFilter;
import org.tadaserver.chats.SendMessage;
import org.tadaserver.directory.Membership;
import org.tadaserver.protocol.Limits;
import org.tadaserver.protocol.model.Chat;
import org.tadaserver.protocol.model.Message;

/**
 * The message half of the chat service (the hot path, docs/messages.md): sending and editing through the batch
 * writer, deleting, reactions, the pinned message, history, read state, typing and drafts. Every write answers only
 * after COMMIT and publishes its events after it; failures are {@code ServiceException}s as described on
 * {@code ChatService}.
 */
public final class MessageOps {
  private final BatchWriter batch;
  private final Sends sends;
  private final Deletion deletion;
  private final Reactions reactions;
  private final Pins pins;
  private final History history;
  private final ReadMarkers reads;
  private final Typing typing;
  private final Drafts drafts;

  /** All statements on {@code pool}. */
  public MessageOps(Pool pool, Limits limits, Fanout fanout, ChatViews views) {
    this(pool, pool, limits, fanout, views);
  }

  /**
   * @param lookups runs the single-statement reads that prepare a send (a pipelining client: see
   *     {@code Database.reads()}); transactions always run on {@code pool}
   */
  public MessageOps(Pool pool, SqlClient lookups, Limits limits, Fanout fanout, ChatViews views) {
    ChatUpdates updates = new ChatUpdates(pool, fanout, views);
    DirectChats directs = new DirectChats(pool, updates);
    this.batch = new BatchWriter(pool, fanout);
    this.sends = new Sends(fanout.vertx(), lookups, limits, directs, batch);
    this.deletion = new Deletion(pool, fanout);
    this.reactions = new Reactions(pool, fanout);
    this.pins = new Pins(pool, fanout, views, updates);
    this.history = new History(pool, limits);
    this.reads = new ReadMarkers(pool, fanout);
    this.typing = new Typing(pool, fanout);
    this.drafts = new Drafts(pool, fanout, limits, directs);
  }

  public Future<Message> send(Membership actor, SendMessage request) {
    return sends.send(actor, request);
  }

  public Future<Message> delete(Membership actor, String messageId) {
    return deletion.delete(actor, messageId);
  }

  public Future<Message> react(Membership actor, String messageId, String name, boolean add) {
    return reactions.react(actor, messageId, name, add);
  }

  public Future<Chat> pin(Membership actor, String chatJid, String messageId) {
    return pins.pin(actor, chatJid, messageId);
  }

  public Future<Chat> unpin(Membership actor, String chatJid, String messageId) {
    return pins.unpin(actor, chatJid, messageId);
  }

  public Future<List<Message>> history(Membership actor, String chatJid, MessageFilter filter) {
    return history.history(actor, chatJid, filter);
  }

  public Future<Void> markRead(Membership actor, String chatJid, String messageId) {
    return reads.markRead(actor, chatJid, messageId);
  }

  public Future<Void> composing(Membership actor, String chatJid, boolean composing, boolean audio) {
    return typing.composing(actor, chatJid, composing, audio);
  }

  public Future<Void> draft(Membership actor, String chatJid, String draft, long revision) {
    return drafts.draft(actor, chatJid, draft, revision);
  }

  /** Send transactions run so far: with concurrent senders, fewer than the messages written (batching). */
  public long sendTransactions() {
    return batch.transactions();
  }
}
