package org.tadaserver.gateway.rest;

import io.vertx.core.Future;
import io.vertx.ext.web.RoutingContext;
import org.tadaserver.directory.DirectoryService;
import org.tadaserver.directory.Membership;

/**
 * The actor of a team-scoped request: the caller's {@link Membership} in the {@code :team} of the path, which every
 * chat operation takes. Checks run in the order of every route: the token ({@code 401}), then the team id (a malformed
 * one is {@code 404}), then the membership (a team that is unknown or not the caller's is the same {@code 404}).
 */
final class Actors {
  private final Callers callers;
  private final DirectoryService directory;

  Actors(Callers callers, DirectoryService directory) {
    this.callers = callers;
    this.directory = directory;
  }

  Future<Membership> of(RoutingContext ctx) {
    return callers.of(ctx).compose(caller -> directory.membership(caller, PathIds.team(ctx)));
  }
}
