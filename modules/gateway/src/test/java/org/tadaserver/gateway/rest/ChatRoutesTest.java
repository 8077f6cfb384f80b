package org.tadaserver.gateway.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tadaserver.gateway.rest.RestApiTest.error;
import static org.tadaserver.gateway.rest.RestApiTest.ok;

import com.fasterxml.jackson.databind.JsonNode;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.ext.web.Router;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tadaserver.bus.ServiceException;
import org.tadaserver.chats.ChatFilter;
import org.tadaserver.chats.ChatUpdate;
import org.tadaserver.chats.MessageFilter;
import org.tadaserver.chats.SendMessage;
import org.tadaserver.directory.Membership;
import org.tadaserver.gateway.GatewayConfig;
import org.tadaserver.gateway.rest.HttpProbe.Reply;
import org.tadaserver.protocol.ApiError;
import org.tadaserver.protocol.Jid;
import org.tadaserver.protocol.Limits;
import org.tadaserver.protocol.enums.GroupStatus;
import org.tadaserver.protocol.model.GroupMembership;
import org.tadaserver.protocol.rest.GroupRequest;

/**
 * The chat, message and group routes on a real router and socket, with {@link FakeDirectory} and {@link FakeChats}
 * behind them: what each route passes to the chat service, what it answers, and what it refuses before calling it.
 */
class ChatRoutesTest {
  static final String TEAM = RestApiTest.TEAM;
  static final String BASE = "/api/v4/teams/" + TEAM;
  static final String G = FakeChats.GROUP;
  static final String ID = FakeChats.MESSAGE;
  static final String D = "d-0e8a4f43-3f7d-4f0a-9a87-4d2a1d6c5b11";
  static Vertx vertx;
  static FakeDirectory directory;
  static FakeChats chats;
  static HttpProbe http;

  @BeforeAll
  static void start() {
    vertx = Vertx.vertx();
    directory = new FakeDirectory();
    chats = new FakeChats();
    GatewayConfig config = new GatewayConfig("127.0.0.1", 0, "", 1 << 16, 1 << 16, 10, Limits.DEFAULTS);
    Router router = Router.router(vertx);
    new RestApi(config, directory, chats).mount(router);
    HttpServer server = vertx.createHttpServer().requestHandler(router).listen(0, "127.0.0.1").await();
    http = new HttpProbe("http://127.0.0.1:" + server.actualPort());
  }

  @AfterAll
  static void stop() {
    vertx.close().await();
  }

  @BeforeEach
  void reset() {
    chats.calls.clear();
    chats.nextFailure = null;
    chats.history = List.of(FakeChats.message(ID, "stored text"));
    chats.chat = FakeChats.chat(G);
    chats.members = List.of();
  }

  static Reply call(String method, String path, String body) {
    return http.send(method, BASE + path, body, "token", FakeDirectory.TOKEN);
  }

  /** Verifies the chat list: the filter from the query, and the paginated answer. */
  @Test
  void listChats() {
    JsonNode page = ok(call("GET", "/chats/?chat_type=group&gentime_gt=7&limit=1&offset=0", null));
    assertEquals(List.of(1, 100, 0), List.of(page.path("count").asInt(), page.path("limit").asInt(),
        page.path("offset").asInt()));
    assertEquals(G, page.path("objects").get(0).path("jid").asText());
    Object[] call = chats.last("chats");
    Membership actor = (Membership) call[1];
    assertEquals(TEAM, actor.team().toString());
    assertEquals(directory.caller.user(), actor.user());
    ChatFilter filter = (ChatFilter) call[2];
    assertEquals(List.of("group"), filter.chatTypes());
    assertEquals(7, filter.gentimeGt());
    error(call("GET", "/chats?chat_type=nope", null), ApiError.INVALID_DATA);
  }

  /** Verifies that every chat route wants a token and a team the caller is in, before anything else. */
  @Test
  void tokenAndTeamFirst() {
    error(http.send("GET", BASE + "/chats", null), ApiError.EMPTY_TOKEN);
    error(http.send("POST", BASE + "/chats/" + G + "/messages", "{", "token", "bad"), ApiError.INVALID_TOKEN);
    error(http.send("GET", "/api/v4/teams/not-a-team/chats", null, "token", FakeDirectory.TOKEN), ApiError.NOT_FOUND);
    directory.nextFailure = ServiceException.notFound("team");
    error(call("GET", "/groups", null), ApiError.NOT_FOUND);
    assertEquals(0, chats.calls.size());
  }

  /** Verifies one chat, its settings, and a malformed or non-chat JID answered 404 without asking the service. */
  @Test
  void oneChat() {
    assertEquals(G, ok(call("GET", "/chats/" + G, null)).path("jid").asText());
    ok(call("PUT", "/chats/" + D, "{\"hidden\":true,\"counters_enabled\":false}"));
    ChatUpdate update = (ChatUpdate) chats.last("updateChat")[3];
    assertEquals(D, chats.last("updateChat")[2]);
    assertEquals(List.of(true, false), List.of(update.hidden(), update.countersEnabled()));
    chats.calls.clear();
    error(call("GET", "/chats/sd-" + G.substring(2), null), ApiError.NOT_FOUND);
    error(call("PUT", "/chats/" + G, "{\"hidden\":\"yes\"}"), ApiError.INVALID_DATA);
    error(call("PUT", "/chats/" + G, "{\"display_name\":\"" + "x".repeat(101) + "\"}"), ApiError.INVALID_DATA);
    error(call("PUT", "/chats/" + G, "not json"), ApiError.BAD_REQUEST);
    assertEquals(0, chats.calls.size());
  }

  /** Verifies the read marker route: an empty body reads to the end, an id reads to it; bad ids are refused. */
  @Test
  void lastRead() {
    assertEquals(G, ok(call("POST", "/chats/" + G + "/lastread", null)).path("jid").asText());
    assertNull(chats.last("markRead")[3]);
    ok(call("POST", "/chats/" + G + "/lastread", "{\"last_read_message_id\":\"" + ID + "\"}"));
    assertEquals(ID, chats.last("markRead")[3]);
    error(call("POST", "/chats/" + G + "/lastread", "{\"last_read_message_id\":5}"), ApiError.INVALID_DATA);
    chats.nextFailure = ServiceException.notFound("message");
    error(call("POST", "/chats/" + G + "/lastread", "{\"last_read_message_id\":\"" + ID + "\"}"),
        ApiError.NOT_FOUND);
  }

  /** Verifies drafts: stored with their revision, answered as the chat now has them. */
  @Test
  void drafts() {
    chats.chat = FakeChats.chat(G).withDraft("typed").withDraftRevision(1700000000000L);
    JsonNode draft = ok(call("GET", "/chats/" + G + "/draft", null));
    assertEquals("typed", draft.path("draft").asText());
    assertEquals(1700000000000L, draft.path("revision").asLong());
    ok(call("PUT", "/chats/" + G + "/draft", "{\"draft\":\"new\",\"revision\":1700000000001}"));
    Object[] draftCall = chats.last("draft");
    assertEquals(List.of(G, "new", 1700000000001L), List.of(draftCall[2], draftCall[3], draftCall[4]));
    error(call("PUT", "/chats/" + G + "/draft", "{\"draft\":\"x\",\"revision\":\"now\"}"), ApiError.INVALID_DATA);
    error(call("PUT", "/chats/" + G + "/draft", "[]"), ApiError.INVALID_DATA);
  }

  /**
   * Verifies pin and the two unpins; unpinning one message goes to the service's {@code unpin}, which alone decides
   * (after the rights) whether it is the pinned one.
   */
  @Test
  void pins() {
    ok(call("POST", "/chats/" + G + "/pin/" + ID, null));
    assertEquals(ID, chats.last("pin")[3]);
    ok(call("DELETE", "/chats/" + G + "/pin", null));
    assertNull(chats.last("pin")[3]);
    chats.calls.clear();
    ok(call("DELETE", "/chats/" + G + "/pin/" + ID, null));
    assertEquals(0, chats.count("pin"), "unpinning one message never unpins whatever is pinned");
    assertEquals(List.of(G, ID), List.of(chats.last("unpin")[2], chats.last("unpin")[3]));
    error(call("DELETE", "/chats/" + G + "/pin/nope", null), ApiError.NOT_FOUND);
    error(call("POST", "/chats/" + G + "/pin/nope", null), ApiError.NOT_FOUND);
  }

  /** Verifies both history paths: the filter from the query and the {messages} answer. */
  @Test
  void history() {
    JsonNode result = ok(call("GET", "/messages/" + G + "?limit=10&old_from=" + ID, null));
    assertEquals(ID, result.path("messages").get(0).path("message_id").asText());
    MessageFilter filter = (MessageFilter) chats.last("messages")[3];
    assertEquals(10, filter.limit());
    assertEquals(ID, filter.oldFrom());
    ok(call("GET", "/chats/" + D + "/messages/?gentime_from=5", null));
    assertEquals(D, chats.last("messages")[2]);
    assertEquals(5, ((MessageFilter) chats.last("messages")[3]).gentimeFrom());
    error(call("GET", "/messages/" + G + "?offset=10", null), ApiError.INVALID_DATA);
  }

  /** Verifies sending: tdclient's flat body, and what is refused before the service is asked. */
  @Test
  void send() {
    JsonNode message = ok(call("POST", "/chats/" + D + "/messages",
        "{\"type\":\"plain\",\"text\":\"hello\",\"message_id\":\"" + ID + "\"}"));
    assertEquals("hello", message.path("content").path("text").asText());
    SendMessage sent = (SendMessage) chats.last("send")[2];
    assertEquals(List.of(D, ID, "hello"), List.of(sent.to(), sent.messageId(), sent.content().text()));
    chats.calls.clear();
    String path = "/chats/" + G + "/messages";
    error(call("POST", path, "{\"text\":\"" + "x".repeat(Limits.DEFAULTS.maxMessageLength() + 1) + "\"}"),
        ApiError.INVALID_DATA);
    error(call("POST", path, "{\"text\":\"later\",\"send_at\":\"2030-01-01T00:00:00Z\"}"), ApiError.INVALID_DATA);
    error(call("POST", path, "{\"text\":5}"), ApiError.INVALID_DATA);
    error(call("POST", path, "{\"text\":"), ApiError.BAD_REQUEST);
    error(call("POST", path, null), ApiError.BAD_REQUEST);
    error(http.send("POST", BASE + path, "--x\r\n", "token", FakeDirectory.TOKEN, "content-type",
        "multipart/form-data; boundary=x"), ApiError.INVALID_DATA);
    assertEquals(0, chats.count("send"));
  }

  /** Verifies that the service's refusals keep their code and reason (422 with details, 403, 404). */
  @Test
  void serviceRefusalsAreMapped() {
    String path = "/chats/" + G + "/messages";
    chats.nextFailure = ServiceException.invalid("reply_to", "no such message in this chat");
    JsonNode body = error(call("POST", path, "{\"text\":\"x\"}"), ApiError.INVALID_DATA);
    assertEquals("no such message in this chat", body.path("details").path("reply_to").asText());
    chats.nextFailure = ServiceException.accessDenied("Only group admins can write in this group");
    assertEquals("Only group admins can write in this group",
        error(call("POST", path, "{\"text\":\"x\"}"), ApiError.ACCESS_DENIED).path("reason").asText());
    chats.nextFailure = ServiceException.notFound("chat");
    error(call("POST", path, "{\"text\":\"x\"}"), ApiError.NOT_FOUND);
  }

  /** Verifies edits: the stored message is looked up in the path's chat and merged; unknown ones are 404. */
  @Test
  void edit() {
    ok(call("POST", "/chats/" + G + "/messages/" + ID, "{\"important\":true}"));
    MessageFilter lookup = (MessageFilter) chats.last("messages")[3];
    assertEquals(ID, lookup.exact());
    assertTrue(lookup.includeDeleted());
    SendMessage sent = (SendMessage) chats.last("send")[2];
    assertEquals(List.of(G, ID, "stored text"), List.of(sent.to(), sent.messageId(), sent.content().text()));
    assertTrue(sent.important());
    chats.history = List.of();
    chats.calls.clear();
    error(call("POST", "/chats/" + G + "/messages/" + ID, "{\"text\":\"x\"}"), ApiError.NOT_FOUND);
    error(call("POST", "/chats/" + G + "/messages/12", "{\"text\":\"x\"}"), ApiError.NOT_FOUND);
    assertEquals(0, chats.count("send"));
  }

  /** Verifies delete: only a message of the path's chat, answered with the archived message. */
  @Test
  void delete() {
    JsonNode deleted = ok(call("DELETE", "/chats/" + G + "/messages/" + ID, null));
    assertTrue(deleted.path("is_archive").asBoolean());
    assertEquals(ID, chats.last("delete")[2]);
    chats.history = List.of();
    chats.calls.clear();
    error(call("DELETE", "/chats/" + G + "/messages/" + ID, null), ApiError.NOT_FOUND);
    assertEquals(0, chats.count("delete"));
  }

  /** Verifies reactions with an emoji in the path, added and removed. */
  @Test
  void reactions() {
    String emoji = URLEncoder.encode("👍", StandardCharsets.UTF_8);
    ok(call("POST", "/chats/" + G + "/messages/" + ID + "/reactions/" + emoji, null));
    Object[] react = chats.last("react");
    assertEquals(List.of(ID, "👍", true), List.of(react[2], react[3], react[4]));
    ok(call("DELETE", "/chats/" + G + "/messages/" + ID + "/reactions/" + emoji, null));
    assertFalse((Boolean) chats.last("react")[4]);
  }

  /** Verifies the group routes and their shapes: an array of groups, {members}, memberships. */
  @Test
  void groups() {
    assertTrue(ok(call("GET", "/groups/", null)).isArray());
    ok(call("POST", "/groups", "{\"display_name\":\"Ops\",\"description\":\"\",\"readonly_for_members\":false,"
        + "\"public\":false,\"default_for_all\":false,\"autocleanup_age\":null,\"pinned_message\":\"\","
        + "\"members\":null,\"section\":\"\"}"));
    assertEquals("Ops", ((GroupRequest) chats.last("createGroup")[2]).displayName());
    ok(call("GET", "/groups/" + G, null));
    ok(call("PUT", "/groups/" + G, "{\"display_name\":\"New\"}"));
    ok(call("DELETE", "/groups/" + G, null));
    assertEquals(G, chats.last("deleteGroup")[2]);
    assertTrue(ok(call("GET", "/groups/" + G + "/members", null)).path("members").isArray());
    JsonNode added = ok(call("POST", "/groups/" + G + "/members", "{\"jid\":\"" + D + "\",\"status\":\"member\"}"));
    assertEquals("member", added.path("status").asText());
    ok(call("DELETE", "/groups/" + G + "/members/" + D, null));
    assertEquals(D, chats.last("removeGroupMember")[3]);
    ok(call("POST", "/groups/" + G + "/join", null));
    assertEquals(G, chats.last("joinGroup")[2]);
  }

  /** Verifies a member's status change, which needs an existing member. */
  @Test
  void memberStatus() {
    error(call("PUT", "/groups/" + G + "/members/" + D, "{\"status\":\"admin\"}"), ApiError.NOT_FOUND);
    chats.members = List.of(new GroupMembership(Jid.parse(D), GroupStatus.MEMBER, false));
    assertEquals("admin", ok(call("PUT", "/groups/" + G + "/members/" + D, "{\"status\":\"admin\"}"))
        .path("status").asText());
    assertEquals(GroupStatus.ADMIN, ((GroupMembership) chats.last("addGroupMember")[3]).status());
    error(call("PUT", "/groups/" + G + "/members/" + D, "{\"status\":\"boss\"}"), ApiError.INVALID_DATA);
    error(call("PUT", "/groups/" + G + "/members/" + D, "{}"), ApiError.INVALID_DATA);
  }

  /** Verifies the group refusals made at the edge: ids, bodies and the title limit. */
  @Test
  void groupRefusals() {
    error(call("GET", "/groups/" + D, null), ApiError.NOT_FOUND);
    error(call("POST", "/groups", "{\"display_name\":\"" + "x".repeat(101) + "\"}"), ApiError.INVALID_DATA);
    error(call("PUT", "/groups/" + G, "{\"public\":\"yes\"}"), ApiError.INVALID_DATA);
    error(call("POST", "/groups/" + G + "/members", "{\"status\":\"member\"}"), ApiError.INVALID_DATA);
    error(call("POST", "/groups/" + G + "/members", "{\"jid\":\"nobody\"}"), ApiError.INVALID_DATA);
    error(call("DELETE", "/groups/" + G + "/members/g-" + G.substring(2), null), ApiError.NOT_FOUND);
    assertEquals(0, chats.calls.size());
  }
}
