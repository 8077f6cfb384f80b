package org.tadaserver.chats.messages;

import static org.tadaserver.bus.testing.Await.await;
import com.fasterxml.jackson.databind.JsonNode;
import io.vertx.sqlclient.Tuple;
import java.util.List;
import java.util.UUID;
import org.tadaserver.bus.BusRpc;
import org.tadaserver.chats.ChatService;
import org.tadaserver.chats.ChatVerticle;
import org.tadaserver.chats.ChatsWorld;
import org.tadaserver.chats.SendMessage;
import org.tadaserver.directory.Membership;
import org.tadaserver.protocol.Jid;
import org.tadaserver.protocol.Limits;
import org.tadaserver.protocol.Wire;
import org.tadaserver.protocol.enums.TeamStatus;
import org.tadaserver.protocol.model.Message;
import org.tadaserver.protocol.model.MessageContent;
import org.tadaserver.protocol.rest.GroupRequest;
import org.tadaserver.store.team.ContactRow;
import org.tadaserver.store.team.NewContact;

/**
 * The chat service as the gateway uses it: a {@link ChatVerticle} on the shared embedded database, called through a
 * {@link BusRpc} client, with every published delivery recorded and the blocking helpers of {@link ChatsWorld}.
 */
final class MessagesFixture extends ChatsWorld {
  final ChatVerticle verticle;
  final ChatService service;

  MessagesFixture() {
    this(Limits.DEFAULTS);
  }

  MessagesFixture(Limits limits) {
    verticle = new ChatVerticle(db.database(), limits);
    await(vertx.deployVerticle(verticle));
    service = BusRpc.client(vertx, ChatService.class, ChatService.ADDRESS);
  }

  /** Sets the team's {@code max_message_update_age}. */
  void updateAge(UUID team, int seconds) {
    await(db.database().pool().preparedQuery("UPDATE teams SET max_message_update_age = $2 WHERE uid = $1")
        .execute(Tuple.of(team, seconds)));
  }

  /** The same account in another team. */
  Membership alsoIn(UUID team, Membership m) {
    ContactRow c = await(repos.contacts().insert(
        NewContact.member(team, m.user(), "member", "again", "again", "AB", "#112233"), gentime()));
    return new Membership(team, m.user(), c.uid(), TeamStatus.MEMBER);
  }

  /** A group made by {@code admin} with {@code members}; its JID. */
  String group(Membership admin, Membership... members) {
    List<org.tadaserver.protocol.model.GroupMembership> list = java.util.Arrays.stream(members)
        .map(m -> new org.tadaserver.protocol.model.GroupMembership(Jid.contact(m.contact()), null, false)).toList();
    GroupRequest request = Wire.mapper().convertValue(java.util.Map.of("display_name", unique("group"),
        "members", Wire.mapper().valueToTree(list)), GroupRequest.class);
    return await(service.createGroup(admin, request)).jid().toString();
  }

  static String jid(Membership m) {
    return Jid.contact(m.contact()).toString();
  }

  static SendMessage text(String to, String text) {
    return new SendMessage(to, UUID.randomUUID().toString(), MessageContent.plain(text), null, List.of(), false, false,
        List.of());
  }

  Message send(Membership from, String to, String text) {
    return await(service.send(from, text(to, text)));
  }

  /** The last such event after waiting for the {@code count}-th. */
  JsonNode lastEvent(Membership to, String event, int count) {
    List<JsonNode> got = awaitEvents(to, event, count);
    return got.get(got.size() - 1);
  }
}
