package org.tadaserver.gateway.rest;

import io.vertx.core.Future;
import io.vertx.ext.web.Router;
import java.util.Map;
import org.tadaserver.bus.ServiceException;
import org.tadaserver.chats.ChatService;
import org.tadaserver.protocol.Jid;
import org.tadaserver.protocol.Limits;
import org.tadaserver.protocol.model.GroupMembership;
import org.tadaserver.protocol.rest.GroupRequest;

/**
 * Group chats (reference §2.2 rows 16-21, §2.3 "Groups", §3.6):
 * <ul>
 *   <li>{@code GET /api/v4/teams/{team}/groups}: a bare array of the caller's groups and the public ones they may
 *       join; {@code POST}: create from {@code tdapi.Group} (every key tolerated, nulls and "" included; the caller
 *       becomes admin);</li>
 *   <li>{@code GET}, [PROPOSED] {@code PUT} (shared settings, {@code tdapi.Group}) and {@code DELETE} (archive)
 *       {@code .../groups/{g}}; each answers the group as a Chat;</li>
 *   <li>{@code GET .../groups/{g}/members}: {@code {members:[GroupMembership]}} (an object, as tdclient decodes it);
 *       {@code POST .../groups/{g}/members {jid, status}}: add;</li>
 *   <li>[PROPOSED] {@code PUT .../groups/{g}/members/{contact} {status}}: change the status of a member (404 for
 *       someone who is not one); {@code DELETE .../groups/{g}/members/{contact}}: remove (or leave, for oneself);</li>
 *   <li>[PROPOSED] {@code POST .../groups/{g}/join}: join a public group; answers the group.</li>
 * </ul>
 * Titles over {@code max_group_title_length} are refused here and by the chat service, which holds every rule.
 */
final class GroupRoutes {
  private static final String LIST = "/api/v4/teams/:team/groups";
  private static final String ONE = LIST + "/:group";
  private static final String MEMBERS = ONE + "/members";
  private final Actors actors;
  private final ChatService chats;
  private final Limits limits;

  GroupRoutes(Actors actors, ChatService chats, Limits limits) {
    this.actors = actors;
    this.chats = chats;
    this.limits = limits;
  }

  void mount(Router router) {
    router.get(LIST).handler(Rest.route(ctx -> actors.of(ctx).compose(chats::groups)));
    router.post(LIST).handler(Rest.route(ctx -> actors.of(ctx).compose(actor -> {
      GroupRequest body = Bodies.parse(ctx, GroupRequest.class);
      ChatInputs.groupTitle(body.displayName(), limits);
      return chats.createGroup(actor, body);
    })));
    router.get(ONE).handler(Rest.route(ctx -> actors.of(ctx).compose(actor ->
        chats.chat(actor, ChatPaths.group(ctx)))));
    router.put(ONE).handler(Rest.route(ctx -> actors.of(ctx).compose(actor -> {
      String group = ChatPaths.group(ctx);
      GroupRequest body = Bodies.parse(ctx, GroupRequest.class);
      ChatInputs.groupTitle(body.displayName(), limits);
      return chats.updateGroup(actor, group, body);
    })));
    router.delete(ONE).handler(Rest.route(ctx -> actors.of(ctx).compose(actor ->
        chats.deleteGroup(actor, ChatPaths.group(ctx)))));
    router.get(MEMBERS).handler(Rest.route(ctx -> actors.of(ctx).compose(actor ->
        chats.groupMembers(actor, ChatPaths.group(ctx)).map(members -> Map.of("members", members)))));
    router.post(MEMBERS).handler(Rest.route(ctx -> actors.of(ctx).compose(actor -> {
      String group = ChatPaths.group(ctx);
      GroupMembership body = Bodies.parse(ctx, GroupMembership.class);
      if (body.jid() == null) {
        throw ServiceException.invalid("jid", "required");
      }
      return chats.addGroupMember(actor, group, body);
    })));
    router.put(MEMBERS + "/:member").handler(Rest.route(ctx -> actors.of(ctx).compose(actor -> {
      String group = ChatPaths.group(ctx);
      String member = ChatPaths.member(ctx);
      ChatBodies.MemberStatus body = Bodies.parse(ctx, ChatBodies.MemberStatus.class);
      if (body.status() == null) {
        throw ServiceException.invalid("status", "required (admin or member)");
      }
      return chats.groupMembers(actor, group).compose(members -> members.stream()
          .anyMatch(m -> m.jid().toString().equals(member))
          ? chats.addGroupMember(actor, group, new GroupMembership(Jid.parse(member), body.status(), false))
          : Future.failedFuture(ServiceException.notFound("member")));
    })));
    router.delete(MEMBERS + "/:member").handler(Rest.route(ctx -> actors.of(ctx).compose(actor ->
        chats.removeGroupMember(actor, ChatPaths.group(ctx), ChatPaths.member(ctx)))));
    router.post(ONE + "/join").handler(Rest.route(ctx -> actors.of(ctx).compose(actor ->
        chats.joinGroup(actor, ChatPaths.group(ctx)))));
  }
}
