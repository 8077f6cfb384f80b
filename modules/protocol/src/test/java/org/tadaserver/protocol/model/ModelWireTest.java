package org.tadaserver.protocol.model;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.tadaserver.protocol.Jid;
import org.tadaserver.protocol.Wire;
import org.tadaserver.protocol.enums.ChatType;
import org.tadaserver.protocol.enums.GroupStatus;
import org.tadaserver.protocol.enums.TeamStatus;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ModelWireTest {

    private static final Jid ME = Jid.contact(UUID.fromString("bd500a50-3a38-44d1-a43c-fb1a48e1a79e"));
    private static final Instant AT = Instant.parse("2019-09-27T01:01:33.661466Z");

    private static JsonNode tree(Object value) throws Exception {
        return Wire.mapper().readTree(Wire.toJson(value));
    }

    private static Set<String> keys(JsonNode node) {
        Set<String> keys = new TreeSet<>();
        node.fieldNames().forEachRemaining(keys::add);
        return keys;
    }

    /** Verifies that TeamUnread always has the five chat-type keys with all three counters, even when read from three. */
    @Test
    void teamUnreadHasFiveKeys() throws Exception {
        JsonNode empty = tree(TeamUnread.EMPTY);
        assertEquals(Set.of("direct", "group", "task", "meeting", "thread"), keys(empty));
        assertEquals(Set.of("messages", "notice_messages", "chats"), keys(empty.get("thread")));
        TeamUnread read = Wire.fromJson("{\"direct\":{\"chats\":1,\"messages\":31}}", TeamUnread.class);
        assertEquals(new Unread(31, 0, 1), read.direct());
        assertEquals(Unread.ZERO, read.meeting());
        TeamUnread changed = read.with(ChatType.TASK, new Unread(2, 1, 1));
        assertEquals(33, changed.totalMessages());
        assertEquals(new Unread(2, 1, 1), changed.get(ChatType.TASK));
        assertEquals(5, keys(tree(changed)).size());
        assertThrows(IllegalArgumentException.class, () -> new Unread(-1, 0, 0));
    }

    /** Verifies that ice_servers[].urls is a single string and that non-omitempty feature keys are always written. */
    @Test
    void featuresShape() throws Exception {
        Features features = Features.builder().host("chat.example.com").serverBuild("1.0")
                .iceServers(List.of(new IceServer("stun:stun.example.com:3478", null, null))).afkAge(120).build();
        JsonNode json = tree(features);
        assertTrue(json.get("ice_servers").get(0).get("urls").isTextual());
        assertEquals(Set.of("urls"), keys(json.get("ice_servers").get(0)));
        assertEquals("1.0", json.get("build").asText());
        assertTrue(json.get("terms").isObject());
        assertTrue(json.get("app_schemes").isArray());
        for (String always : List.of("calls_audio_enabled", "resend_timeout", "max_message_length", "server_drafts",
                "threads_enabled", "min_ios_version", "support_email", "max_team_title_length", "custom_server")) {
            assertTrue(json.has(always), always);
        }
        assertFalse(json.has("auth_by_password"), "omitempty when false");
        assertFalse(json.has("max_participants_per_call"), "omitempty when 0");
        assertTrue(tree(features.withAuth2fa(true)).has("auth_2fa"));
        assertThrows(Exception.class, () -> Wire.mapper().readValue(
                "{\"ice_servers\":[{\"urls\":[\"stun:a\"]}]}", Features.class));
    }

    /** Verifies omitempty (false/empty left out) against Go pointers (false written, null left out) on Contact. */
    @Test
    void contactOmitemptyVersusNullable() throws Exception {
        Contact contact = Contact.builder().jid(ME).displayName("Alice").shortName("Alice").contactEmail("")
                .contactPhone("+75550000001").icons(IconData.generated("A", "#ff0000")).gentime(5).role("")
                .status(TeamStatus.MEMBER).sections(List.of()).canCall(false).canSendMessage(true)
                .altSend(false).changeableFields(List.of()).build();
        JsonNode json = tree(contact);
        assertFalse(json.has("can_call"), "omitempty bool false is left out");
        assertTrue(json.get("can_send_message").asBoolean());
        assertTrue(json.has("alt_send") && !json.get("alt_send").asBoolean(), "pointer bool false is written");
        assertFalse(json.has("unread_first"), "null pointer is left out");
        assertTrue(json.get("changeable_fields").isArray(), "empty list given is written");
        assertTrue(json.get("sections").isArray());
        assertFalse(json.has("last_activity"));
        assertFalse(json.has("mood"));
        assertEquals(Set.of("letters", "color"), keys(json.get("icons")));
        assertEquals(contact, Wire.fromJson(Wire.toJson(contact), Contact.class));
        assertEquals("Bob", contact.withDisplayName("Bob").displayName());
        assertTrue(tree(contact.withAuth2faEnabled(true)).has("auth_2fa_enabled"));
    }

    /** Verifies nullable-but-present keys and nullable-omitempty keys on messages and counters. */
    @Test
    void messageAndCounters() throws Exception {
        Message message = Message.builder().content(MessageContent.plain("hi")).from(ME).to(ME).messageId("m1")
                .created(AT).gentime(1601393533939084058L).chatType(ChatType.DIRECT).chat(ME).num(0).build();
        JsonNode json = tree(message);
        assertEquals(0, json.get("num").asInt(), "num 0 is written (pointer)");
        assertFalse(tree(message.withNum(null)).has("num"), "deleted message: num left out");
        assertEquals("2019-09-27T01:01:33.661466Z", json.get("created").asText());
        assertTrue(json.get("gentime").isIntegralNumber());
        assertEquals(Set.of("chat", "chat_type", "content", "created", "from", "gentime", "message_id", "num", "to"),
                keys(json));
        assertEquals(Set.of("text", "type"), keys(json.get("content")));
        assertEquals(message, Wire.fromJson(Wire.toJson(message), Message.class));

        JsonNode counters = tree(new ChatCounters(ME, ChatType.DIRECT, 7, 0, 0, null, null));
        assertTrue(counters.has("last_read_message_id") && counters.get("last_read_message_id").isNull());
        assertFalse(counters.has("last_activity"));
    }

    /** Verifies the chat builder and the group-only keys. */
    @Test
    void chatBuilder() throws Exception {
        Jid group = Jid.group(UUID.randomUUID());
        Chat chat = Chat.builder().jid(group).chatType(ChatType.GROUP).gentime(2).created(AT).displayName("General")
                .icons(IconData.generated("G", "#00ff00")).status(GroupStatus.ADMIN).numMembers(2).isPublic(true)
                .members(List.of(new GroupMembership(ME, GroupStatus.ADMIN, false))).build();
        JsonNode json = tree(chat);
        assertEquals("admin", json.get("status").asText());
        assertEquals(2, json.get("num_members").asInt());
        assertTrue(json.get("public").asBoolean());
        assertFalse(json.has("base_gentime"));
        assertFalse(json.has("num_unread"));
        assertEquals(Set.of("jid", "status"), keys(json.get("members").get(0)));
        assertEquals(chat, Wire.fromJson(Wire.toJson(chat), Chat.class));
        assertEquals(new ChatShort(group, ChatType.GROUP, "General", chat.icons(), null), chat.toShort());
    }

    /** Verifies that Team carries nullable unread and me, and the auth result shape. */
    @Test
    void teamAndAuth() throws Exception {
        Team team = Team.builder().uid(UUID.randomUUID().toString()).gentime(1).name("Team").maxMessageUpdateAge(86400)
                .icons(IconData.generated("T", "#0000ff")).userFields(List.of("given_name", "family_name"))
                .unread(TeamUnread.EMPTY).me(Contact.builder().jid(ME).status(TeamStatus.OWNER).canAddToTeam(true)
                        .build()).build();
        JsonNode json = tree(team);
        assertTrue(json.get("me").get("can_add_to_team").asBoolean());
        assertEquals(5, keys(json.get("unread")).size());
        assertFalse(json.has("is_archive"));
        assertTrue(json.has("last_active") && json.has("need_confirmation"));
        UserWithMe user = UserWithMe.builder().timezone("UTC").teams(List.of(team)).devices(List.of()).build();
        JsonNode auth = tree(new Auth("tok", user, false, false, ""));
        assertEquals(Set.of("token", "me", "required2fa", "recovery2fa", "method2fa"), keys(auth));
        assertTrue(auth.get("me").get("quiet_time_start").isNull(), "nullable, always present");
    }
}
