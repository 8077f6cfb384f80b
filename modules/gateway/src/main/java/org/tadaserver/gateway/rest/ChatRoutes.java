package org.tadaserver.gateway.rest;

import io.vertx.core.Future;
import io.vertx.ext.web.Router;
import org.tadaserver.chats.ChatService;
import org.tadaserver.chats.ChatUpdate;
import org.tadaserver.directory.Membership;
import org.tadaserver.protocol.Limits;

/**
 * Chats of a team as the caller sees them (reference §2.3 "Chats and delta sync", §3.4, §3.8):
 * <ul>
 *   <li>{@code GET /api/v4/teams/{team}/chats}: {@link ChatQuery} filter, {@code {objects, count, limit, offset}}
 *       with {@code objects} empty past the end; {@code gentime_gt} also returns archived and left chats;</li>
 *   <li>{@code GET .../chats/{jid}} and {@code PUT .../chats/{jid}} (personal settings, and shared fields the caller
 *       may change: {@link ChatUpdate});</li>
 *   <li>[PROPOSED] {@code POST .../chats/{jid}/lastread {last_read_message_id}} (absent or empty body = up to the last
 *       message), the REST twin of {@code client.chat.lastread}; answers the chat with its new counters;</li>
 *   <li>[PROPOSED] {@code GET .../chats/{jid}/draft} and {@code PUT .../chats/{jid}/draft {draft, revision}}: the
 *       server-side draft ({@code tdapi.Draft}; revision in unix ms, the newest wins), answered as stored;</li>
 *   <li>[PROPOSED] {@code POST .../chats/{jid}/pin/{id}} pins a message, {@code DELETE .../chats/{jid}/pin} unpins
 *       whatever is pinned, {@code DELETE .../chats/{jid}/pin/{id}} unpins that message if it is the pinned one;
 *       each answers the chat.</li>
 * </ul>
 * A direct chat is named by the other person's {@code d-} JID. Every operation acts as the caller's membership in
 * the team ({@link Actors}); the chat service enforces who may see and change what.
 */
final class ChatRoutes {
  private static final String LIST = "/api/v4/teams/:team/chats";
  private static final String ONE = LIST + "/:jid";
  private final Actors actors;
  private final ChatService chats;
  private final Limits limits;

  ChatRoutes(Actors actors, ChatService chats, Limits limits) {
    this.actors = actors;
    this.chats = chats;
    this.limits = limits;
  }

  void mount(Router router) {
    router.get(LIST).handler(Rest.route(ctx -> actors.of(ctx).compose(actor ->
        chats.chats(actor, ChatQuery.filter(new Queries(ctx.queryParams()))))));
    router.get(ONE).handler(Rest.route(ctx -> actors.of(ctx).compose(actor ->
        chats.chat(actor, ChatPaths.chat(ctx)))));
    router.put(ONE).handler(Rest.route(ctx -> actors.of(ctx).compose(actor -> {
      String jid = ChatPaths.chat(ctx);
      ChatUpdate body = Bodies.parse(ctx, ChatUpdate.class);
      ChatInputs.groupTitle(body.displayName(), limits);
      return chats.updateChat(actor, jid, body);
    })));
    router.post(ONE + "/lastread").handler(Rest.route(ctx -> actors.of(ctx).compose(actor -> {
      String jid = ChatPaths.chat(ctx);
      ChatBodies.LastRead body = ctx.body().isEmpty() ? new ChatBodies.LastRead(null)
          : Bodies.parse(ctx, ChatBodies.LastRead.class);
      return chats.markRead(actor, jid, body.lastReadMessageId()).compose(v -> chats.chat(actor, jid));
    })));
    router.get(ONE + "/draft").handler(Rest.route(ctx -> actors.of(ctx).compose(actor ->
        draftOf(actor, ChatPaths.chat(ctx)))));
    router.put(ONE + "/draft").handler(Rest.route(ctx -> actors.of(ctx).compose(actor -> {
      String jid = ChatPaths.chat(ctx);
      ChatBodies.Draft body = Bodies.parse(ctx, ChatBodies.Draft.class);
      long revision = body.revision() == null ? 0 : body.revision();
      return chats.draft(actor, jid, body.draft(), revision).compose(v -> draftOf(actor, jid));
    })));
    router.post(ONE + "/pin/:id").handler(Rest.route(ctx -> actors.of(ctx).compose(actor ->
        chats.pin(actor, ChatPaths.chat(ctx), ChatPaths.message(ctx)))));
    router.delete(ONE + "/pin").handler(Rest.route(ctx -> actors.of(ctx).compose(actor ->
        chats.pin(actor, ChatPaths.chat(ctx), null))));
    router.delete(ONE + "/pin/:id").handler(Rest.route(ctx -> actors.of(ctx).compose(actor ->
        chats.unpin(actor, ChatPaths.chat(ctx), ChatPaths.message(ctx)))));
  }

  private Future<ChatBodies.Draft> draftOf(Membership actor, String jid) {
    return chats.chat(actor, jid).map(chat -> new ChatBodies.Draft(chat.draft() == null ? "" : chat.draft(),
        chat.draftRevision()));
  }
}
