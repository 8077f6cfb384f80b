package org.tadaserver.reminds;

import io.vertx.core.Future;
import java.util.List;
import org.tadaserver.directory.Membership;
import org.tadaserver.protocol.model.DeletedRemind;
import org.tadaserver.protocol.model.Remind;

/**
 * A user's reminds in one team (reference §2.3 "Reminds"), served over the event bus at {@link #ADDRESS} by every
 * {@link RemindVerticle}. A remind belongs to its creator: only they list, delete and receive it. Failures are
 * {@link org.tadaserver.bus.ServiceException}s: {@code INVALID_DATA} for bad input (details name the field) and
 * {@code NOT_FOUND} for a remind that is not the caller's.
 */
public interface RemindService {
  String ADDRESS = "tada.reminds";

  /**
   * Creates a remind on a chat the actor can see, due in the future; the actor's sessions in the team get
   * {@code server.remind.updated}, and at {@code fire_at} {@code server.remind.fired}.
   */
  Future<Remind> createRemind(Membership actor, RemindRequest request);

  /** The actor's reminds in the team that have not fired yet, soonest first. */
  Future<List<Remind>> reminds(Membership actor);

  /**
   * Deletes one of the actor's reminds, which then never fires; the actor's sessions get {@code server.remind.deleted}.
   *
   * @param uid the remind's uid as given in the path; anything that is not one of the actor's reminds is NOT_FOUND
   */
  Future<DeletedRemind> deleteRemind(Membership actor, String uid);
}
