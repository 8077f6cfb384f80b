package org.tadaserver.protocol.event;

import org.junit.jupiter.api.Test;
import org.tadaserver.protocol.Envelope;
import org.tadaserver.protocol.Jid;
import org.tadaserver.protocol.WireException;
import org.tadaserver.protocol.enums.ChatType;
import org.tadaserver.protocol.model.Message;
import org.tadaserver.protocol.model.MessageContent;
import org.tadaserver.protocol.model.TeamUnread;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EventsTest {

    private static final Jid GROUP = Jid.group(UUID.fromString("3f7e2a85-49f5-4586-8229-d9c52813dcb2"));

    /** Verifies that every registered params record maps back to its own name (one record per event). */
    @Test
    void registryIsConsistent() {
        assertEquals(67, Events.names().size());
        for (String name : Events.names()) {
            assertEquals(name, Events.name(Events.paramsType(name).orElseThrow()));
        }
        assertTrue(Events.names().containsAll(List.of("client.call.sdp", "client.call.video",
                "client.call.screenshare", "server.logout", "server.call.sdp", "server.call.screenshare",
                "server.meeting.updated", "server.meeting.deleted", "server.meetingcell.updated",
                "server.account.updated", "server.workplace.updated")));
        assertThrows(IllegalArgumentException.class, () -> Events.name(String.class));
    }

    /** Verifies envelope building: name from the record, ping without params, confirm id carried. */
    @Test
    void buildsEnvelopes() {
        assertEquals("{\"event\":\"server.confirm\",\"params\":{\"confirm_id\":\"abc\"}}",
                Events.toJson(new ServerConfirm("abc")));
        assertEquals("{\"event\":\"client.ping\",\"confirm_id\":\"p1\"}",
                Events.envelope(new ClientPing(), "p1").toJson());
        assertEquals("{\"event\":\"client.call.video\",\"params\":{\"jid\":\"" + GROUP + "\",\"enabled\":true},"
                + "\"confirm_id\":\"c\"}", Events.envelope(new ClientCallVideo(GROUP, true), "c").toJson());
    }

    /** Verifies decoding to the typed record, with and without the expected type. */
    @Test
    void decodes() {
        Envelope ping = Envelope.parse("{\"event\":\"client.ping\",\"confirm_id\":\"x\"}");
        assertInstanceOf(ClientPing.class, Events.decode(ping));
        ClientCallScreenshare share = Events.decode(Envelope.parse("{\"event\":\"client.call.screenshare\","
                + "\"params\":{\"call_jid\":\"" + GROUP + "\",\"screenshare_enabled\":true}}"), ClientCallScreenshare.class);
        assertEquals(GROUP, share.callJid());
        assertTrue(share.screenshareEnabled());
        ClientChatLastread lastread = (ClientChatLastread) Events.decode(Envelope.parse(
                "{\"event\":\"client.chat.lastread\",\"params\":{\"jid\":\"" + GROUP + "\"}}"));
        assertNull(lastread.lastReadMessageId());
    }

    /** Verifies that unknown events, wrong types and malformed params are wire errors. */
    @Test
    void rejectsBadEvents() {
        assertThrows(WireException.class, () -> Events.decode(Envelope.parse("{\"event\":\"client.xxx\"}")));
        assertThrows(WireException.class, () -> Events.decode(Envelope.parse("{\"event\":\"server.confirm\"}"),
                ClientConfirm.class));
        assertThrows(WireException.class, () -> Events.decode(Envelope.parse(
                "{\"event\":\"client.activity\",\"params\":[1]}")));
        assertThrows(WireException.class, () -> Events.decode(Envelope.parse(
                "{\"event\":\"client.activity\",\"params\":{\"afk\":\"BOOL\"}}")));
        assertThrows(WireException.class, () -> Events.decode(Envelope.parse(
                "{\"event\":\"client.call.offer\",\"params\":{\"jid\":\"g-nope\"}}")));
        assertThrows(WireException.class, () -> Events.decode(Envelope.parse(
                "{\"event\":\"client.call.offer\",\"params\":{\"jid\":\"" + GROUP + "\",\"call_type\":\"hologram\"}}")));
    }

    /** Verifies that server.message.updated refuses an empty or missing messages list, built or decoded. */
    @Test
    void messageUpdatedNeverEmpty() {
        assertThrows(IllegalArgumentException.class,
                () -> new ServerMessageUpdated(List.of(), false, List.of(), TeamUnread.EMPTY, null));
        assertThrows(IllegalArgumentException.class,
                () -> new ServerMessageUpdated(null, false, List.of(), TeamUnread.EMPTY, null));
        assertThrows(WireException.class, () -> Events.decode(Envelope.parse(
                "{\"event\":\"server.message.updated\",\"params\":{\"messages\":[],\"delayed\":true}}")));
        Message message = Message.builder().content(MessageContent.plain("hi")).from(GROUP).to(GROUP)
                .messageId("m").created(Instant.parse("2020-01-01T00:00:00Z")).gentime(1).chatType(ChatType.GROUP)
                .build();
        String json = Events.toJson(new ServerMessageUpdated(List.of(message), true, List.of(), null, null));
        assertTrue(json.contains("\"team_unread\":null,\"badge\":null"), json);
    }
}
