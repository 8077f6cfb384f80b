package org.tadaserver.reminds;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.time.Instant;
import java.util.List;
import org.tadaserver.protocol.ApiError;
import org.tadaserver.bus.Deliveries;
import org.tadaserver.bus.ServiceException;
import org.tadaserver.directory.Membership;
import org.tadaserver.protocol.Jid;
import org.tadaserver.protocol.model.DeletedRemind;
import org.tadaserver.protocol.model.Remind;
import org.tadaserver.store.StoreException;
import org.tadaserver.store.remind.NewRemind;
import org.tadaserver.store.remind.RemindRepository;
import org.tadaserver.store.remind.RemindRow;

/**
 * The rules of {@link RemindService}. Events are published after the statement has committed; a new remind also
 * wakes this node's scheduler ({@code onCreated}), so one due sooner than the next poll is not late.
 */
final class RemindServiceImpl implements RemindService {
  private final Vertx vertx;
  private final RemindRepository reminds;
  private final ChatCheck chats;
  private final Runnable onCreated;

  RemindServiceImpl(Vertx vertx, RemindRepository reminds, ChatCheck chats, Runnable onCreated) {
    this.vertx = vertx;
    this.reminds = reminds;
    this.chats = chats;
    this.onCreated = onCreated;
  }

  @Override
  public Future<Remind> createRemind(Membership actor, RemindRequest request) {
    if (request == null) {
      return Future.failedFuture(ServiceException.invalid("body", "required"));
    }
    Jid chat = RemindInputs.chat(request.chat());
    Instant fireAt = RemindInputs.fireAt(request.fireAt(), Instant.now());
    String comment = RemindInputs.comment(request.comment());
    return chats.visible(actor, chat)
        .recover(e -> Future.failedFuture(e instanceof ServiceException se && se.error() == ApiError.NOT_FOUND
            ? ServiceException.invalid("chat", "unknown chat") : e))
        .compose(v -> reminds.insert(new NewRemind(null, actor.team(), actor.user(), chat.toString(), fireAt,
            comment)))
        .recover(RemindServiceImpl::storeFailure)
        .map(row -> {
          Deliveries.publish(vertx, List.of(RemindViews.updated(row)));
          onCreated.run();
          return RemindViews.remind(row);
        });
  }

  @Override
  public Future<List<Remind>> reminds(Membership actor) {
    return reminds.list(actor.team(), actor.user()).map(rows -> rows.stream().map(RemindViews::remind).toList());
  }

  @Override
  public Future<DeletedRemind> deleteRemind(Membership actor, String uid) {
    return reminds.delete(RemindInputs.uid(uid), actor.team(), actor.user())
        .recover(RemindServiceImpl::storeFailure)
        .map(row -> {
          Deliveries.publish(vertx, List.of(RemindViews.deleted(row)));
          return new DeletedRemind(row.uid().toString());
        });
  }

  private static <T> Future<T> storeFailure(Throwable e) {
    if (e instanceof StoreException.NotFound) {
      return Future.failedFuture(ServiceException.notFound("remind"));
    }
    if (e instanceof StoreException.Invalid invalid) {
      return Future.failedFuture(new ServiceException(ApiError.INVALID_DATA, invalid.getMessage()));
    }
    return Future.failedFuture(e);
  }
}
