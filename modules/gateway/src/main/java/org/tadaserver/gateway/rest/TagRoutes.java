package org.tadaserver.gateway.rest;

import io.vertx.ext.web.Router;
import org.tadaserver.sections.TagRequest;
import org.tadaserver.sections.TagService;

/**
 * Task tags (reference §2.3, paths [PROPOSED]):
 * <ul>
 *   <li>{@code GET /api/v4/teams/{team}/tags}: {@code [Tag]} by name;</li>
 *   <li>{@code POST .../tags {name}}: the new {@code Tag};</li>
 *   <li>{@code PUT .../tags/{uid} {name}}: the renamed {@code Tag} (ours; the reference lists no rename path, but
 *       {@code server.tag.updated} announces one);</li>
 *   <li>{@code DELETE .../tags/{uid}}: {@code {uid}}.</li>
 * </ul>
 * The tag service holds every rule (see {@link TagService}).
 */
final class TagRoutes {
  private static final String LIST = "/api/v4/teams/:team/tags";
  private static final String ONE = LIST + "/:tag";
  private final Actors actors;
  private final TagService tags;

  TagRoutes(Actors actors, TagService tags) {
    this.actors = actors;
    this.tags = tags;
  }

  void mount(Router router) {
    router.get(LIST).handler(Rest.route(ctx -> actors.of(ctx).compose(tags::tags)));
    router.post(LIST).handler(Rest.route(ctx -> actors.of(ctx).compose(actor ->
        tags.createTag(actor, Bodies.parse(ctx, TagRequest.class)))));
    router.put(ONE).handler(Rest.route(ctx -> actors.of(ctx).compose(actor ->
        tags.updateTag(actor, ctx.pathParam("tag"), Bodies.parse(ctx, TagRequest.class)))));
    router.delete(ONE).handler(Rest.route(ctx -> actors.of(ctx).compose(actor ->
        tags.deleteTag(actor, ctx.pathParam("tag")))));
  }
}
