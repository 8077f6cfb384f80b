package org.tadaserver.protocol.rest;

import org.junit.jupiter.api.Test;
import org.tadaserver.protocol.Jid;
import org.tadaserver.protocol.Wire;
import org.tadaserver.protocol.WireException;
import org.tadaserver.protocol.enums.GroupStatus;
import org.tadaserver.protocol.enums.Mediatype;
import org.tadaserver.protocol.enums.TeamStatus;
import org.tadaserver.protocol.model.MessageContent;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RestRequestTest {

    private static final String CONTACT = "d-bd500a50-3a38-44d1-a43c-fb1a48e1a79e";

    /** Verifies that tdclient's CreateGroup body (every key, with nulls and empty strings) is accepted. */
    @Test
    void groupWithNullsAndEmptyStrings() {
        GroupRequest group = Wire.fromJson("{\"display_name\":\"Devs\",\"description\":\"\","
                + "\"readonly_for_members\":false,\"public\":false,\"default_for_all\":false,\"autocleanup_age\":null,"
                + "\"pinned_message\":\"\",\"members\":null,\"section\":\"\"}", GroupRequest.class);
        assertEquals("Devs", group.displayName());
        assertNull(group.autocleanupAge());
        assertNull(group.members());
        assertEquals(Boolean.FALSE, group.isPublic());
        GroupRequest withMembers = Wire.fromJson("{\"members\":[{\"jid\":\"" + CONTACT + "\",\"status\":\"admin\"}]}",
                GroupRequest.class);
        assertEquals(GroupStatus.ADMIN, withMembers.members().get(0).status());
        assertNull(Wire.fromJson("{}", GroupRequest.class).displayName());
    }

    /** Verifies the flat message body, the nested form and the default type. */
    @Test
    void messageFlatAndNested() {
        MessageRequest flat = Wire.fromJson("{\"type\":\"plain\",\"text\":\"hello\",\"message_id\":\"m1\"}",
                MessageRequest.class);
        assertEquals(MessageContent.plain("hello"), flat.effectiveContent());
        assertEquals("m1", flat.messageId());
        MessageRequest noType = Wire.fromJson("{\"text\":\"hi\",\"type\":\"\",\"send_at\":\"\"}", MessageRequest.class);
        assertEquals(Mediatype.PLAIN, noType.effectiveContent().type());
        assertNull(noType.sendAt());
        MessageRequest nested = Wire.fromJson("{\"content\":{\"text\":\"x\",\"type\":\"plain\"},\"important\":true}",
                MessageRequest.class);
        assertEquals("x", nested.effectiveContent().text());
        assertTrue(nested.important());
        assertNull(Wire.fromJson("{\"message_id\":\"m\"}", MessageRequest.class).effectiveContent());
        assertThrows(WireException.class, () -> Wire.fromJson("{\"type\":\"hologram\"}", MessageRequest.class));
    }

    /** Verifies task create/close bodies, with "" for an absent assignee and bad JIDs rejected. */
    @Test
    void task() {
        TaskRequest create = Wire.fromJson("{\"description\":\"Test\",\"assignee\":\"" + CONTACT + "\","
                + "\"tags\":[\"autotest\"],\"items\":[\"one\"],\"deadline\":\"\",\"observers\":[]}", TaskRequest.class);
        assertEquals(Jid.parse(CONTACT), create.assignee());
        assertEquals(List.of("autotest"), create.tags());
        assertEquals("", create.deadline());
        assertEquals("done", Wire.fromJson("{\"task_status\":\"done\"}", TaskRequest.class).taskStatus());
        assertNull(Wire.fromJson("{\"assignee\":\"\"}", TaskRequest.class).assignee());
        assertThrows(WireException.class, () -> Wire.fromJson("{\"assignee\":\"bob\"}", TaskRequest.class));
    }

    /** Verifies team, contact and login bodies, including "" for an enum and unknown keys. */
    @Test
    void teamContactLogin() {
        TeamRequest team = Wire.fromJson("{\"name\":\"T\",\"contacts\":[{\"phone\":\"+75550000001\"}],\"x\":1}",
                TeamRequest.class);
        assertEquals("+75550000001", team.contacts().get(0).phone());
        ContactRequest contact = Wire.fromJson("{\"phone\":\"+7\",\"status\":\"\",\"alt_send\":true,"
                + "\"group_notifications_enabled\":false}", ContactRequest.class);
        assertNull(contact.status());
        assertEquals(Boolean.TRUE, contact.altSend());
        assertEquals(Boolean.FALSE, contact.groupNotificationsEnabled());
        assertEquals(TeamStatus.ADMIN, Wire.fromJson("{\"status\":\"admin\"}", ContactRequest.class).status());
        PasswordLoginRequest login = Wire.fromJson("{\"username\":\"alice\",\"password\":\"s3cret\"}",
                PasswordLoginRequest.class);
        assertEquals(new PasswordLoginRequest("alice", "s3cret"), login);
        assertThrows(WireException.class, () -> Wire.fromJson("{\"username\":", PasswordLoginRequest.class));
    }
}
