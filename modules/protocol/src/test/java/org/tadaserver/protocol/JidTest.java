package org.tadaserver.protocol;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tadaserver.protocol.enums.ChatType;

import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JidTest {

    private static final UUID ID = UUID.fromString("bd500a50-3a38-44d1-a43c-fb1a48e1a79e");

    record Holder(Jid jid) {
    }

    /** Verifies that every prefix parses, keeps its UUID and maps to its chat type (none for sections). */
    @Test
    void parsesEveryPrefix() {
        assertEquals(new Jid(JidPrefix.CONTACT, ID), Jid.parse("d-" + ID));
        assertEquals(ChatType.DIRECT, Jid.parse("d-" + ID).chatType());
        assertEquals(ChatType.GROUP, Jid.parse("g-" + ID).chatType());
        assertEquals(ChatType.TASK, Jid.parse("t-" + ID).chatType());
        assertEquals(ChatType.MEETING, Jid.parse("m-" + ID).chatType());
        assertEquals(ChatType.THREAD, Jid.parse("th-" + ID).chatType());
        for (String section : new String[]{"sd-", "sg-", "st-"}) {
            Jid jid = Jid.parse(section + ID);
            assertEquals(ID, jid.uuid());
            assertNull(jid.chatType());
            assertEquals(section + ID, jid.toString());
        }
    }

    /** Verifies the factories and that toString is the wire form. */
    @Test
    void factoriesBuildTheWireForm() {
        assertEquals("d-" + ID, Jid.contact(ID).toString());
        assertEquals("g-" + ID, Jid.group(ID).toString());
        assertEquals("t-" + ID, Jid.task(ID).toString());
        assertEquals("m-" + ID, Jid.meeting(ID).toString());
        assertEquals("th-" + ID, Jid.thread(ID).toString());
        assertEquals(Jid.task(ID), Jid.of(ChatType.TASK, ID));
        assertTrue(Jid.contact(ID).isContact());
        assertEquals(JidPrefix.GROUP, Jid.group(ID).prefix());
    }

    /** Verifies that bad prefixes and anything but a canonical lowercase UUID are rejected. */
    @ParameterizedTest
    @ValueSource(strings = {"", "d-", "JID", "x-bd500a50-3a38-44d1-a43c-fb1a48e1a79e",
            "bd500a50-3a38-44d1-a43c-fb1a48e1a79e", "d-BD500A50-3A38-44D1-A43C-FB1A48E1A79E",
            "d-bd500a50-3a38-44d1-a43c-fb1a48e1a79", "d-bd500a50-3a38-44d1-a43c-fb1a48e1a79e0",
            "d-bd500a503a3844d1a43cfb1a48e1a79e", "d- bd500a50-3a38-44d1-a43c-fb1a48e1a79e",
            "D-bd500a50-3a38-44d1-a43c-fb1a48e1a79e", "d-1-2-3-4-5", "dd-bd500a50-3a38-44d1-a43c-fb1a48e1a79e"})
    void rejectsInvalid(String text) {
        assertFalse(Jid.isValid(text));
        assertThrows(IllegalArgumentException.class, () -> Jid.parse(text));
    }

    /** Verifies that a JID is a JSON string, that "" reads as absent and that garbage is a wire error. */
    @Test
    void jsonForm() {
        assertEquals("{\"jid\":\"t-" + ID + "\"}", Wire.toJson(new Holder(Jid.task(ID))));
        assertEquals(Jid.task(ID), Wire.fromJson("{\"jid\":\"t-" + ID + "\"}", Holder.class).jid());
        assertNull(Wire.fromJson("{\"jid\":\"\"}", Holder.class).jid());
        assertNull(Wire.fromJson("{\"jid\":null}", Holder.class).jid());
        assertThrows(WireException.class, () -> Wire.fromJson("{\"jid\":\"JID\"}", Holder.class));
        assertThrows(WireException.class, () -> Wire.fromJson("{\"jid\":42}", Holder.class));
        assertFalse(Jid.isValid(null));
    }
}
