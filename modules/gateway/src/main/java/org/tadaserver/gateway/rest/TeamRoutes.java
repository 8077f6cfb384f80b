package org.tadaserver.gateway.rest;

import io.vertx.ext.web.Router;
import org.tadaserver.directory.DirectoryService;
import org.tadaserver.protocol.Limits;
import org.tadaserver.protocol.rest.TeamRequest;

/**
 * Teams: {@code GET /api/v4/teams} (the caller's teams, each with {@code me}), {@code POST /api/v4/teams} (the caller
 * becomes owner), {@code GET /api/v4/teams/{team}} (with {@code me}) and {@code PUT /api/v4/teams/{team}} (admins).
 * Order of checks in every route: token, then path ids, then body, so a stranger learns nothing from a 404 or a 422.
 */
final class TeamRoutes {
  private final DirectoryService directory;
  private final Callers callers;
  private final Limits limits;

  TeamRoutes(DirectoryService directory, Callers callers, Limits limits) {
    this.directory = directory;
    this.callers = callers;
    this.limits = limits;
  }

  void mount(Router router) {
    router.get("/api/v4/teams").handler(Rest.route(ctx -> callers.of(ctx).compose(directory::teams)));
    router.post("/api/v4/teams").handler(Rest.route(ctx -> callers.of(ctx).compose(caller -> {
      TeamRequest body = Bodies.parse(ctx, TeamRequest.class);
      Inputs.newTeam(body, limits);
      return directory.createTeam(caller, body);
    })));
    router.get("/api/v4/teams/:team").handler(Rest.route(ctx ->
        callers.of(ctx).compose(caller -> directory.team(caller, PathIds.team(ctx)))));
    router.put("/api/v4/teams/:team").handler(Rest.route(ctx -> callers.of(ctx).compose(caller -> {
      var team = PathIds.team(ctx);
      TeamRequest body = Bodies.parse(ctx, TeamRequest.class);
      Inputs.teamChange(body, limits);
      return directory.updateTeam(caller, team, body);
    })));
  }
}
