package org.tadaserver.chats.messages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.tadaserver.bus.ServiceException;
import org.tadaserver.chats.SendMessage;
import org.tadaserver.protocol.ApiError;
import org.tadaserver.protocol.Limits;
import org.tadaserver.protocol.model.MessageContent;

/** The checks a send passes before any database work. */
class SendCheckTest {
  private static final String TO = "g-" + UUID.randomUUID();

  private static ServiceException invalid(SendMessage m) {
    ServiceException e = assertThrows(ServiceException.class, () -> SendCheck.check(m, Limits.DEFAULTS));
    assertEquals(ApiError.INVALID_DATA, e.error());
    return e;
  }

  /** Verifies uppercase ids are accepted and normalised; duplicate forwards collapse. */
  @Test
  void normalises() {
    UUID id = UUID.randomUUID();
    UUID fwd = UUID.randomUUID();
    var checked = SendCheck.check(new SendMessage(TO, id.toString().toUpperCase(), MessageContent.plain("hi"), null,
        List.of(fwd.toString(), fwd.toString()), false, false, null), Limits.DEFAULTS);
    assertEquals(id, checked.uid());
    assertEquals(List.of(fwd), checked.linked());
  }

  /** Verifies each bad field is named in the error details. */
  @Test
  void namesTheField() {
    assertEquals(java.util.Set.of("to"), invalid(new SendMessage("u-1", null, MessageContent.plain("x"), null, null,
        false, false, null)).details().keySet());
    assertEquals(java.util.Set.of("message_id"), invalid(new SendMessage(TO, "1-2-3-4-5", MessageContent.plain("x"),
        null, null, false, false, null)).details().keySet());
    assertEquals(java.util.Set.of("text"), invalid(new SendMessage(TO, null,
        MessageContent.plain("y".repeat(Limits.DEFAULTS.maxMessageLength() + 1)), null, null, false, false, null))
        .details().keySet());
    assertEquals(java.util.Set.of("reply_to"), invalid(new SendMessage(TO, null, MessageContent.plain("x"), "zz",
        null, false, false, null)).details().keySet());
  }
}
