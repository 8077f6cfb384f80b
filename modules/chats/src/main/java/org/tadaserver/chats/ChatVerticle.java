package org.tadaserver.chats;

import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import org.tadaserver.bus.BusRpc;
import org.tadaserver.chats.groups.ChatOps;
import org.tadaserver.chats.messages.Fanout;
import org.tadaserver.chats.messages.MessageOps;
import org.tadaserver.chats.tasks.TaskOps;
import org.tadaserver.directory.DirectoryEvents;
import org.tadaserver.protocol.Limits;
import org.tadaserver.store.db.Database;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves {@link ChatService} on the event bus at {@link ChatService#ADDRESS}, and {@link TaskService} at
 * {@link TaskService#ADDRESS} (tasks are chats and share the chat tables and events). Deploy ONE instance per node that runs
 * the chat role: its batch writer groups the sends of that instance into shared transactions, and more instances
 * would only split the batches (the database, not this verticle, is the bottleneck).
 */
public final class ChatVerticle extends VerticleBase {
  private static final Logger log = LoggerFactory.getLogger(ChatVerticle.class);
  private final Database db;
  private final Limits limits;
  private MessageOps messages;

  public ChatVerticle(Database db, Limits limits) {
    this.db = db;
    this.limits = limits;
  }

  @Override
  public Future<?> start() {
    ChatOps chats = new ChatOps(vertx, db.pool(), limits);
    messages = new MessageOps(db.pool(), db.reads(), limits, new Fanout(vertx), chats::get);
    ChatService impl = new ChatServiceImpl(messages, chats);
    Future<Void> joins = DirectoryEvents.onContactJoined(vertx, joined -> chats.contactJoined(joined)
        .onFailure(e -> log.warn("default groups for new contact {} not joined", joined.contact(), e))).completion();
    TaskService tasks = new TaskOps(vertx, db.pool(), limits);
    return Future.all(joins, BusRpc.serve(vertx, ChatService.class, ChatService.ADDRESS, impl).completion(),
        BusRpc.serve(vertx, TaskService.class, TaskService.ADDRESS, tasks).completion());
  }

  /** The message operations (for tests and metrics: {@link MessageOps#sendTransactions()}). */
  public MessageOps messages() {
    return messages;
  }
}
