package org.tadaserver.gateway.ws.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.tadaserver.bus.ServiceException;
import org.tadaserver.chats.SendMessage;
import org.tadaserver.directory.Membership;
import org.tadaserver.gateway.rest.FakeChats;
import org.tadaserver.gateway.ws.ClientEvent;
import org.tadaserver.gateway.ws.InvalidEventException;
import org.tadaserver.protocol.ApiError;
import org.tadaserver.protocol.Limits;
import org.tadaserver.protocol.Wire;
import org.tadaserver.protocol.enums.TeamStatus;

/**
 * The chat event handlers against {@link FakeChats}: what each passes to the service as the session's membership,
 * that it completes only when the service does (so the confirm follows the commit), and its refusals of bad params.
 */
class ChatEventsTest {
  static final String G = FakeChats.GROUP;
  static final String ID = FakeChats.MESSAGE;
  final FakeChats chats = new FakeChats();
  final Membership actor = new Membership(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), TeamStatus.MEMBER);
  final MessageUpdatedHandler updated = new MessageUpdatedHandler(chats, Limits.DEFAULTS);

  static ClientEvent event(String name, String params) {
    try {
      ObjectNode node = params == null ? null : (ObjectNode) Wire.mapper().readTree(params);
      ObjectNode orig = Wire.mapper().createObjectNode().put("event", name);
      return new ClientEvent(name, node, "c1", orig);
    } catch (Exception e) {
      throw new IllegalArgumentException(e);
    }
  }

  /** Verifies a send: every key reaches the service as the session's membership. */
  @Test
  void messageUpdated() {
    Future<Void> done = updated.run(actor, event("client.message.updated", "{\"to\":\"" + G + "\",\"message_id\":\""
        + ID + "\",\"content\":{\"type\":\"plain\",\"text\":\"hi\"},\"reply_to\":\"" + ID + "\","
        + "\"linked_messages\":[\"" + ID + "\"],\"important\":true,\"nopreview\":true}"));
    assertTrue(done.succeeded());
    Object[] call = chats.last("send");
    assertEquals(actor, call[1]);
    SendMessage sent = (SendMessage) call[2];
    assertEquals(List.of(G, ID, "hi", ID), List.of(sent.to(), sent.messageId(), sent.content().text(), sent.replyTo()));
    assertEquals(List.of(ID), sent.linkedMessages());
    assertTrue(sent.important() && sent.nopreview());
  }

  /** Verifies that the handler completes only when the service's write does (the confirm waits for the commit). */
  @Test
  void completesAfterTheService() {
    Promise<Object> commit = Promise.promise();
    chats.hold = commit;
    Future<Void> done = updated.run(actor, event("client.message.updated",
        "{\"to\":\"" + G + "\",\"content\":{\"type\":\"plain\",\"text\":\"hi\"}}"));
    assertFalse(done.isComplete());
    commit.complete();
    assertTrue(done.succeeded());
    chats.nextFailure = ServiceException.accessDenied("Only group admins can write in this group");
    Future<Void> refused = updated.run(actor, event("client.message.updated",
        "{\"to\":\"" + G + "\",\"content\":{\"type\":\"plain\",\"text\":\"hi\"}}"));
    assertEquals("Only group admins can write in this group", refused.cause().getMessage());
  }

  /** Verifies the refusals of bad send params, each naming the event and the key, without calling the service. */
  @Test
  void messageUpdatedRefusals() {
    String content = "\"content\":{\"type\":\"plain\",\"text\":\"hi\"}";
    assertInvalid("client.message.updated: params.to is required", updated::run, "{" + content + "}");
    assertInvalid("client.message.updated: params.to is required", updated::run, "{\"to\":\"\"," + content + "}");
    assertInvalid("client.message.updated: params.content is required", updated::run, "{\"to\":\"" + G + "\"}");
    assertInvalid("client.message.updated: params.to: invalid JID prefix: x-1", updated::run,
        "{\"to\":\"x-1\"," + content + "}");
    assertInvalid("client.message.updated: params.content.text: must be a string", updated::run,
        "{\"to\":\"" + G + "\",\"content\":{\"text\":5}}");
    assertInvalid("client.message.updated: params.important: must be a boolean", updated::run,
        "{\"to\":\"" + G + "\"," + content + ",\"important\":\"yes\"}");
    assertInvalid("client.message.updated: params.linked_messages: must be an array", updated::run,
        "{\"to\":\"" + G + "\"," + content + ",\"linked_messages\":\"" + ID + "\"}");
    assertInvalid("client.message.updated: params.to is required", updated::run, null);
    ServiceException tooLong = assertThrows(ServiceException.class, () -> updated.run(actor,
        event("client.message.updated", "{\"to\":\"" + G + "\",\"content\":{\"text\":\""
            + "x".repeat(Limits.DEFAULTS.maxMessageLength() + 1) + "\"}}")));
    assertEquals(ApiError.INVALID_DATA, tooLong.error());
    assertEquals(0, chats.calls.size());
  }

  /** Verifies delete, lastread and composing: their params reach the service; missing ones are refused. */
  @Test
  void otherEvents() {
    MessageDeletedHandler deleted = new MessageDeletedHandler(chats);
    assertTrue(deleted.run(actor, event("client.message.deleted", "{\"message_id\":\"" + ID + "\"}")).succeeded());
    assertEquals(ID, chats.last("delete")[2]);
    LastreadHandler lastread = new LastreadHandler(chats);
    lastread.run(actor, event("client.chat.lastread", "{\"jid\":\"" + G + "\"}"));
    assertEquals(G, chats.last("markRead")[2]);
    assertNull(chats.last("markRead")[3]);
    lastread.run(actor, event("client.chat.lastread",
        "{\"jid\":\"" + G + "\",\"last_read_message_id\":\"" + ID + "\"}"));
    assertEquals(ID, chats.last("markRead")[3]);
    ComposingHandler composing = new ComposingHandler(chats);
    composing.run(actor, event("client.chat.composing", "{\"jid\":\"" + G + "\"}"));
    assertEquals(List.of(G, false, false), List.of(chats.last("composing")[2], chats.last("composing")[3],
        chats.last("composing")[4]));
    composing.run(actor, event("client.chat.composing",
        "{\"jid\":\"" + G + "\",\"composing\":true,\"is_audio\":true}"));
    assertEquals(List.of(true, true), List.of(chats.last("composing")[3], chats.last("composing")[4]));
    chats.calls.clear();
    assertInvalid("client.message.deleted: params.message_id is required", deleted::run, "{}");
    assertInvalid("client.message.deleted: params.message_id: must be a string", deleted::run, "{\"message_id\":7}");
    assertInvalid("client.chat.lastread: params.jid is required", lastread::run, "{}");
    assertInvalid("client.chat.lastread: params.last_read_message_id: must be a string", lastread::run,
        "{\"jid\":\"" + G + "\",\"last_read_message_id\":[]}");
    assertInvalid("client.chat.composing: params.jid is required", composing::run, "{\"composing\":true}");
    assertInvalid("client.chat.composing: params.composing: must be a boolean", composing::run,
        "{\"jid\":\"" + G + "\",\"composing\":\"yes\"}");
    assertEquals(0, chats.calls.size());
  }

  /** The handler's {@code run} for one event name. */
  private interface Run {
    Future<Void> run(Membership actor, ClientEvent event);
  }

  /** Asserts the warning text of bad params; the event name is the text's prefix. */
  private void assertInvalid(String message, Run handler, String params) {
    ClientEvent e = event(message.substring(0, message.indexOf(':')), params);
    InvalidEventException thrown = assertThrows(InvalidEventException.class, () -> handler.run(actor, e));
    assertEquals(message, thrown.getMessage());
  }
}
