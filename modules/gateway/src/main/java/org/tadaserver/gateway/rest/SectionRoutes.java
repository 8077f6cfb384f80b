package org.tadaserver.gateway.rest;

import io.vertx.ext.web.Router;
import org.tadaserver.sections.SectionRequest;
import org.tadaserver.sections.SectionService;

/**
 * Sections (reference §2.3, paths [PROPOSED]), {@code {kind}} being {@code direct} (contact sections), {@code group}
 * (group sections) or {@code task} (task projects); any other kind is 404:
 * <ul>
 *   <li>{@code GET /api/v4/teams/{team}/sections/{kind}}: {@code [Section]} in display order;</li>
 *   <li>{@code POST .../sections/{kind} {name, sort_ordering?, description?}}: the new {@code Section};</li>
 *   <li>{@code PUT .../sections/{kind}/{uid}} (the same keys, each optional): the changed {@code Section};</li>
 *   <li>{@code DELETE .../sections/{kind}/{uid}}: {@code {uid, gentime}}.</li>
 * </ul>
 * The section service holds every rule (see {@link SectionService}).
 */
final class SectionRoutes {
  private static final String LIST = "/api/v4/teams/:team/sections/:kind";
  private static final String ONE = LIST + "/:section";
  private final Actors actors;
  private final SectionService sections;

  SectionRoutes(Actors actors, SectionService sections) {
    this.actors = actors;
    this.sections = sections;
  }

  void mount(Router router) {
    router.get(LIST).handler(Rest.route(ctx -> actors.of(ctx).compose(actor ->
        sections.sections(actor, ctx.pathParam("kind")))));
    router.post(LIST).handler(Rest.route(ctx -> actors.of(ctx).compose(actor ->
        sections.createSection(actor, ctx.pathParam("kind"), Bodies.parse(ctx, SectionRequest.class)))));
    router.put(ONE).handler(Rest.route(ctx -> actors.of(ctx).compose(actor ->
        sections.updateSection(actor, ctx.pathParam("kind"), ctx.pathParam("section"),
            Bodies.parse(ctx, SectionRequest.class)))));
    router.delete(ONE).handler(Rest.route(ctx -> actors.of(ctx).compose(actor ->
        sections.deleteSection(actor, ctx.pathParam("kind"), ctx.pathParam("section")))));
  }
}
