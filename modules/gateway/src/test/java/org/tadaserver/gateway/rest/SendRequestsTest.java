package org.tadaserver.gateway.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tadaserver.bus.ServiceException;
import org.tadaserver.chats.SendMessage;
import org.tadaserver.protocol.ApiError;
import org.tadaserver.protocol.Limits;
import org.tadaserver.protocol.enums.Mediatype;
import org.tadaserver.protocol.model.Message;
import org.tadaserver.protocol.model.MessageContent;
import org.tadaserver.protocol.rest.MessageRequest;

/** REST message bodies to sends and edits, and the edge limits shared with the WebSocket handler. */
class SendRequestsTest {
  private static final String G = FakeChats.GROUP;
  private static final String ID = FakeChats.MESSAGE;

  private static MessageRequest body(String json) {
    return Bodies.parse(json.getBytes(), MessageRequest.class);
  }

  /** Verifies tdclient's flat body and the nested content form. */
  @Test
  void flatAndNestedBodies() {
    SendMessage flat = SendRequests.create(G, body("{\"type\":\"plain\",\"text\":\"hi\",\"message_id\":\"" + ID
        + "\",\"important\":true,\"linked_messages\":null,\"uploads\":null,\"send_at\":null}"));
    assertEquals(G, flat.to());
    assertEquals(ID, flat.messageId());
    assertEquals("hi", flat.content().text());
    assertEquals(Mediatype.PLAIN, flat.content().type());
    assertTrue(flat.important());
    assertFalse(flat.nopreview());
    SendMessage nested = SendRequests.create(G, body("{\"content\":{\"type\":\"plain\",\"text\":\"yo\"}}"));
    assertEquals("yo", nested.content().text());
    assertNull(nested.messageId());
    assertEquals("", SendRequests.create(G, body("{\"linked_messages\":[\"" + ID + "\"]}")).content().text());
  }

  /** Verifies that scheduled messages are refused, not sent at once. */
  @Test
  void sendAtIsRefused() {
    ServiceException e = assertThrows(ServiceException.class,
        () -> SendRequests.create(G, body("{\"text\":\"later\",\"send_at\":\"2030-01-01T00:00:00.000000Z\"}")));
    assertEquals(ApiError.INVALID_DATA, e.error());
    assertEquals(List.of("send_at"), List.copyOf(e.details().keySet()));
  }

  /** Verifies that an edit keeps what the body leaves out, and takes what it gives. */
  @Test
  void editMergesWithTheStoredMessage() {
    Message stored = FakeChats.message(ID, "old").withImportant(true).withNopreview(true)
        .withReplyTo(FakeChats.message("0e8a4f43-3f7d-4f0a-9a87-4d2a1d6c5b11", "q"));
    SendMessage flag = SendRequests.edit(G, ID, body("{\"important\":false}"), stored);
    assertEquals(List.of("old", ID), List.of(flag.content().text(), flag.messageId()));
    assertFalse(flag.important());
    assertTrue(flag.nopreview());
    assertEquals("0e8a4f43-3f7d-4f0a-9a87-4d2a1d6c5b11", flag.replyTo());
    SendMessage text = SendRequests.edit(G, ID, body("{\"text\":\"new\",\"message_id\":\"" + ID + "\"}"), stored);
    assertEquals("new", text.content().text());
    assertTrue(text.important());
  }

  /** Verifies that an edit of a deleted message, or with another id in the body, is refused. */
  @Test
  void editRefusals() {
    Message stored = FakeChats.message(ID, "old");
    ServiceException other = assertThrows(ServiceException.class, () -> SendRequests.edit(G, ID,
        body("{\"text\":\"x\",\"message_id\":\"0e8a4f43-3f7d-4f0a-9a87-4d2a1d6c5b11\"}"), stored));
    assertEquals(ApiError.INVALID_DATA, other.error());
    ServiceException deleted = assertThrows(ServiceException.class,
        () -> SendRequests.edit(G, ID, body("{\"text\":\"x\"}"), stored.withIsArchive(true)));
    assertEquals(ApiError.ACCESS_DENIED, deleted.error());
  }

  /** Verifies the limits at the edge: text length in code points, and the number of forwarded messages. */
  @Test
  void limits() {
    Limits limits = Limits.DEFAULTS;
    String max = "😀".repeat(limits.maxMessageLength());
    ChatInputs.send(send(max, List.of()), limits);
    ServiceException text = assertThrows(ServiceException.class, () -> ChatInputs.send(send(max + "x", List.of()),
        limits));
    assertEquals(ApiError.INVALID_DATA, text.error());
    assertEquals("text: the text has " + (limits.maxMessageLength() + 1) + " characters; at most "
        + limits.maxMessageLength() + " are allowed", text.getMessage());
    List<String> tooMany = Collections.nCopies(limits.maxLinkedMessages() + 1, ID);
    ServiceException linked = assertThrows(ServiceException.class, () -> ChatInputs.send(send("", tooMany), limits));
    assertTrue(linked.details().containsKey("linked_messages"), linked::getMessage);
    ChatInputs.groupTitle("  " + "x".repeat(limits.maxGroupTitleLength()) + "  ", limits);
    ChatInputs.groupTitle(null, limits);
    ServiceException title = assertThrows(ServiceException.class,
        () -> ChatInputs.groupTitle("x".repeat(limits.maxGroupTitleLength() + 1), limits));
    assertEquals("display_name: at most " + limits.maxGroupTitleLength() + " characters", title.getMessage());
  }

  private static SendMessage send(String text, List<String> linked) {
    return new SendMessage(G, null, MessageContent.plain(text), null, linked, false, false, List.of());
  }
}
