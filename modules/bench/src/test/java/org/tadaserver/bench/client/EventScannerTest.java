package org.tadaserver.bench.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.junit.jupiter.api.Test;

class EventScannerTest {
  @Test
  void readsAConfirm() throws IOException {
    Inbound in = EventScanner.scan("{\"event\":\"server.confirm\",\"params\":{\"confirm_id\":\"17\"}}");
    assertEquals(Inbound.CONFIRM, in.event());
    assertEquals("17", in.confirms());
    assertNull(in.confirmId());
    assertTrue(in.messages().isEmpty());
  }

  @Test
  void readsMessagesAndSkipsNestedObjectsWithTheSameKeys() throws IOException {
    String text = """
        {"params":{"delayed":false,"messages":[
          {"chat":"d-1","content":{"type":"plain","text":"123 xx","mentions":["a"]},"gentime":1700000000000000001,
           "linked_messages":[{"message_id":"not-this-one","content":{"text":"nor this"}}],
           "message_id":"5c1b3a3e-0000-4000-8000-000000000001","prev":null},
          {"message_id":"5c1b3a3e-0000-4000-8000-000000000002","content":{"text":"456"}}],
         "chat_counters":[{"chat":"d-1","num_unread":3}],"team_unread":{"direct":{"messages":1}},"badge":1},
         "confirm_id":"srv-9","event":"server.message.updated"}""";
    Inbound in = EventScanner.scan(text);
    assertEquals(Inbound.MESSAGE_UPDATED, in.event());
    assertEquals("srv-9", in.confirmId());
    assertFalse(in.delayed());
    assertEquals(2, in.messages().size());
    assertEquals("5c1b3a3e-0000-4000-8000-000000000001", in.messages().get(0).messageId());
    assertEquals("123 xx", in.messages().get(0).text());
    assertEquals(1700000000000000001L, in.messages().get(0).gentime());
    assertEquals("456", in.messages().get(1).text());
    assertEquals(0, in.messages().get(1).gentime());
  }

  @Test
  void readsAWarningAndTheConfirmIdOfTheEventItQuotes() throws IOException {
    Inbound in = EventScanner.scan("{\"event\":\"server.warning\",\"params\":{\"message\":\"too long\","
        + "\"orig\":{\"event\":\"client.message.updated\",\"params\":{\"confirm_id\":\"inner\"},"
        + "\"confirm_id\":\"42\"}}}");
    assertEquals(Inbound.WARNING, in.event());
    assertEquals("too long", in.warning());
    assertEquals("42", in.warnedConfirmId());
    Inbound raw =
        EventScanner.scan("{\"event\":\"server.warning\",\"params\":{\"message\":\"bad\",\"orig\":\"{oops\"}}");
    assertNull(raw.warnedConfirmId());
  }

  @Test
  void toleratesWrongTypesAndUnknownEvents() throws IOException {
    Inbound in = EventScanner.scan("{\"event\":7,\"confirm_id\":{\"x\":1},\"params\":[1,2]}");
    assertNull(in.event());
    assertNull(in.confirmId());
    Inbound other = EventScanner.scan("{\"event\":\"server.online\",\"params\":{\"contacts\":[{\"jid\":\"d-1\"}]}}");
    assertEquals("server.online", other.event());
    assertTrue(other.messages().isEmpty());
  }

  /** Verifies that server.online written event-first is recognised without parsing its list; params-first is parsed. */
  @Test
  void onlineListIsNotParsed() throws IOException {
    Inbound fast = EventScanner.scan("{\"event\":\"server.online\",\"params\":{\"contacts\":[{\"jid\" broken");
    assertEquals("server.online", fast.event());
    assertNull(fast.confirmId());
    assertTrue(fast.messages().isEmpty());
    Inbound parsed = EventScanner.scan("{\"params\":{\"contacts\":[]},\"event\":\"server.online\"}");
    assertEquals("server.online", parsed.event());
    assertThrows(IOException.class, () -> EventScanner.scan("{\"params\":{\"contacts\":[ broken"));
  }

  @Test
  void refusesTextThatIsNotAJsonObject() {
    assertThrows(IOException.class, () -> EventScanner.scan("[1,2]"));
    assertThrows(IOException.class, () -> EventScanner.scan(""));
    assertThrows(IOException.class, () -> EventScanner.scan("{\"event\":"));
  }
}
