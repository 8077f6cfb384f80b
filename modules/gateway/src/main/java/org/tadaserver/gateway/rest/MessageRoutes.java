package org.tadaserver.gateway.rest;

import io.vertx.core.Future;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import org.tadaserver.bus.ServiceException;
import org.tadaserver.chats.ChatService;
import org.tadaserver.chats.MessageFilter;
import org.tadaserver.chats.SendMessage;
import org.tadaserver.directory.Membership;
import org.tadaserver.protocol.Limits;
import org.tadaserver.protocol.model.Message;
import org.tadaserver.protocol.rest.MessageRequest;

/**
 * Messages of a chat (reference §2.2 rows 10-13, §2.3 "Messages", §3.3):
 * <ul>
 *   <li>{@code GET /api/v4/teams/{team}/messages/{jid}} and {@code GET .../chats/{jid}/messages}: history,
 *       {@link MessageQuery} filter, {@code {messages:[...]}} newest first;</li>
 *   <li>{@code POST .../chats/{jid}/messages}: send ({@link SendRequests}); create-or-edit keyed by
 *       {@code message_id}, so a resend never duplicates; answers the message as the sender sees it (for a direct
 *       chat {@code chat} = the recipient);</li>
 *   <li>{@code POST .../chats/{jid}/messages/{id}}: edit; keys left out keep their stored values, so
 *       {@code {"important":true}} alone flags a message;</li>
 *   <li>{@code DELETE .../chats/{jid}/messages/{id}}: archive; answers the archived message (tdclient decodes an
 *       object);</li>
 *   <li>[PROPOSED] {@code POST}/{@code DELETE .../chats/{jid}/messages/{id}/reactions/{name}}: add or remove the
 *       caller's reaction (an emoji, URL-encoded in the path); answers the message with its reactions.</li>
 * </ul>
 * A message named in a path must belong to the chat of the path ({@code 404} otherwise, as for an unknown id), so a
 * path can never reach a message through a chat it does not belong to.
 */
final class MessageRoutes {
  private static final String CHAT = "/api/v4/teams/:team/chats/:jid/messages";
  private static final String ONE = CHAT + "/:id";
  private final Actors actors;
  private final ChatService chats;
  private final Limits limits;

  MessageRoutes(Actors actors, ChatService chats, Limits limits) {
    this.actors = actors;
    this.chats = chats;
    this.limits = limits;
  }

  void mount(Router router) {
    router.get("/api/v4/teams/:team/messages/:jid").handler(Rest.route(this::history));
    router.get(CHAT).handler(Rest.route(this::history));
    router.post(CHAT).handler(Rest.route(ctx -> actors.of(ctx).compose(actor -> {
      String jid = ChatPaths.chat(ctx);
      SendMessage message = SendRequests.create(jid, body(ctx));
      ChatInputs.send(message, limits);
      return chats.send(actor, message);
    })));
    router.post(ONE).handler(Rest.route(ctx -> actors.of(ctx).compose(actor -> {
      String jid = ChatPaths.chat(ctx);
      String id = ChatPaths.message(ctx);
      MessageRequest body = body(ctx);
      return find(actor, jid, id).compose(stored -> {
        SendMessage message = SendRequests.edit(jid, id, body, stored);
        ChatInputs.send(message, limits);
        return chats.send(actor, message);
      });
    })));
    router.delete(ONE).handler(Rest.route(ctx -> actors.of(ctx).compose(actor -> {
      String id = ChatPaths.message(ctx);
      return find(actor, ChatPaths.chat(ctx), id).compose(stored -> chats.delete(actor, id));
    })));
    router.post(ONE + "/reactions/:name").handler(Rest.route(ctx -> react(ctx, true)));
    router.delete(ONE + "/reactions/:name").handler(Rest.route(ctx -> react(ctx, false)));
  }

  private Future<ChatBodies.Messages> history(RoutingContext ctx) {
    return actors.of(ctx).compose(actor -> {
      String jid = ChatPaths.chat(ctx);
      MessageFilter filter = MessageQuery.filter(new Queries(ctx.queryParams()));
      return chats.messages(actor, jid, filter).map(ChatBodies.Messages::new);
    });
  }

  private Future<Message> react(RoutingContext ctx, boolean add) {
    return actors.of(ctx).compose(actor -> {
      String id = ChatPaths.message(ctx);
      String name = ctx.pathParam("name");
      return find(actor, ChatPaths.chat(ctx), id).compose(stored -> chats.react(actor, id, name, add));
    });
  }

  /** The message {@code id} of chat {@code jid} as the actor sees it, deleted ones included; 404 when not there. */
  private Future<Message> find(Membership actor, String jid, String id) {
    MessageFilter exact = new MessageFilter(1, null, false, null, false, null, id, 0, null, false, List.of(), null,
        null, true);
    return chats.messages(actor, jid, exact).compose(found -> found.isEmpty()
        ? Future.failedFuture(ServiceException.notFound("message")) : Future.succeededFuture(found.get(0)));
  }

  /** A send body; file uploads (multipart) do not exist on this server, which is said plainly instead of a 400. */
  private static MessageRequest body(RoutingContext ctx) {
    String type = ctx.request().getHeader("content-type");
    if (type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/")) {
      throw ServiceException.invalid("file", "file uploads are not supported by this server yet");
    }
    return Bodies.parse(ctx, MessageRequest.class);
  }
}
