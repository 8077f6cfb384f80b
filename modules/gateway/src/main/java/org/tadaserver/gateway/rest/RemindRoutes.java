package org.tadaserver.gateway.rest;

import io.vertx.ext.web.Router;
import org.tadaserver.reminds.RemindRequest;
import org.tadaserver.reminds.RemindService;

/**
 * Reminds (reference §2.3 "Reminds", paths [PROPOSED]), all the caller's own in the team of the path:
 * <ul>
 *   <li>{@code GET /api/v4/teams/{team}/reminds}: {@code [Remind]}, soonest first, those not fired yet;</li>
 *   <li>{@code POST /api/v4/teams/{team}/reminds {chat, fire_at, comment?}}: the new {@code Remind};</li>
 *   <li>{@code DELETE /api/v4/teams/{team}/reminds/{uid}}: {@code {uid}}; 404 for a remind that is not the
 *       caller's (or has fired).</li>
 * </ul>
 * The remind service holds every rule (see {@link RemindService}).
 */
final class RemindRoutes {
  private static final String LIST = "/api/v4/teams/:team/reminds";
  private final Actors actors;
  private final RemindService reminds;

  RemindRoutes(Actors actors, RemindService reminds) {
    this.actors = actors;
    this.reminds = reminds;
  }

  void mount(Router router) {
    router.get(LIST).handler(Rest.route(ctx -> actors.of(ctx).compose(reminds::reminds)));
    router.post(LIST).handler(Rest.route(ctx -> actors.of(ctx).compose(actor ->
        reminds.createRemind(actor, Bodies.parse(ctx, RemindRequest.class)))));
    router.delete(LIST + "/:remind").handler(Rest.route(ctx -> actors.of(ctx).compose(actor ->
        reminds.deleteRemind(actor, ctx.pathParam("remind")))));
  }
}
