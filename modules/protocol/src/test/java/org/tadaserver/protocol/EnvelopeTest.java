package org.tadaserver.protocol;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EnvelopeTest {

    /** Verifies that params is left out when null and confirm_id when null or empty. */
    @Test
    void omitsAbsentParamsAndEmptyConfirmId() {
        assertEquals("{\"event\":\"client.ping\",\"confirm_id\":\"X\"}",
                new Envelope("client.ping", null, "X").toJson());
        assertEquals("{\"event\":\"client.ping\"}", new Envelope("client.ping", null, "").toJson());
        assertEquals("{\"event\":\"server.debug\",\"params\":{\"text\":\"t\"}}",
                Envelope.of("server.debug", Wire.mapper().createObjectNode().put("text", "t")).toJson());
    }

    /** Verifies parsing of a ping, a JSON-null params and the confirm flag. */
    @Test
    void parses() {
        Envelope ping = Envelope.parse("{\"event\":\"client.ping\",\"confirm_id\":\"8aad294579b8\"}");
        assertNull(ping.params());
        assertTrue(ping.wantsConfirm());
        assertEquals("8aad294579b8", ping.confirmId());
        assertNull(Envelope.parse("{\"event\":\"x\",\"params\":null}").params());
        assertFalse(Envelope.parse("{\"event\":\"x\",\"confirm_id\":\"\"}").wantsConfirm());
        assertEquals("abc", Envelope.parse("{\"event\":\"x\"}").withConfirmId("abc").confirmId());
    }

    /** Verifies that frames without an event, non-objects and broken JSON are wire errors. */
    @Test
    void rejectsBadFrames() {
        for (String bad : new String[]{"{}", "{\"event\":\"\"}", "{\"params\":{}}", "[]", "42", "{\"event\":",
                "{\"event\":{\"a\":1}}", ""}) {
            assertThrows(WireException.class, () -> Envelope.parse(bad), bad);
        }
    }

    /**
     * Verifies that a numeric confirm_id is a wire error, as in Go clients (protocol-reference §1.4: it must be a
     * string, and a number is silently never confirmed there), instead of being converted.
     */
    @Test
    void confirmIdMustBeAString() {
        assertThrows(WireException.class, () -> Envelope.parse("{\"event\":\"x\",\"confirm_id\":12}"));
        assertEquals("12", Envelope.parse("{\"event\":\"x\",\"confirm_id\":\"12\"}").confirmId());
    }
}
