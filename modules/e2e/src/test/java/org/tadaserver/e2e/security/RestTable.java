package org.tadaserver.e2e.security;

import static org.tadaserver.e2e.security.Policy.ANY_USER;
import static org.tadaserver.e2e.security.Policy.AUTHOR;
import static org.tadaserver.e2e.security.Policy.CHAT;
import static org.tadaserver.e2e.security.Policy.CHAT_ADMIN;
import static org.tadaserver.e2e.security.Policy.OWN;
import static org.tadaserver.e2e.security.Policy.PUBLIC;
import static org.tadaserver.e2e.security.Policy.TEAM;
import static org.tadaserver.e2e.security.Policy.TEAM_ADMIN;

import java.util.ArrayList;
import java.util.List;
import org.tadaserver.protocol.ApiError;

/**
 * Every REST endpoint of {@code /api/v4} with who may use it. A route may have several rows (a group message and a
 * direct one); {@code AuthzMatrixE2ETest} fails when the router has a route no row covers. Overrides of a policy
 * say why next to them.
 */
final class RestTable {
  private static final String TEAM_PATH = "/api/v4/teams/:team";
  private static final String CHAT_PATH = TEAM_PATH + "/chats/:jid";
  private static final String MSG_PATH = CHAT_PATH + "/messages/:id";
  private static final String GROUP_PATH = TEAM_PATH + "/groups/:group";
  private static final String TASK_PATH = TEAM_PATH + "/tasks/:task";
  private static final String SECTIONS = TEAM_PATH + "/sections/:kind";

  private RestTable() {}

  /**
   * The rows about an object of the world, with {@code :team} the caller's own team: the stranger, an admin of its
   * team, names the world's objects through it. Each must be refused as if the object did not exist.
   */
  static List<RestRow> crossTeam() {
    return rows().stream().filter(row -> row.subject() != null && row.subject() != Ref.TEAM
        && row.params().containsKey("team")).map(row -> row.bind("team", Ref.OWN_TEAM).note(
        (row.note().isEmpty() ? "" : row.note() + ", ") + "via own team")).toList();
  }

  static List<RestRow> rows() {
    List<RestRow> rows = new ArrayList<>();
    server(rows);
    teams(rows);
    chats(rows);
    messages(rows);
    groups(rows);
    tasks(rows);
    structure(rows);
    return rows;
  }

  private static void server(List<RestRow> rows) {
    rows.add(RestRow.of("GET", "/api/v4/ping", PUBLIC));
    rows.add(RestRow.of("GET", "/api/v4/time", PUBLIC));
    rows.add(RestRow.of("GET", "/api/v4/addr", PUBLIC));
    // a login attempt with a real account's name and a wrong password is refused whoever makes it
    RestRow login = RestRow.of("POST", "/api/v4/auth/password/get-token", PUBLIC)
        .body("{\"username\":\"{SPARE_NAME}\",\"password\":\"guess-{RAND}\"}").note("wrong password");
    for (Kind kind : Kind.values()) {
      login = login.except(kind, new Expect(ApiError.INVALID_DATA));
    }
    rows.add(login);
    rows.add(RestRow.of("POST", "/api/v4/auth/logout", ANY_USER).body("{}").destroys());
  }

  private static void teams(List<RestRow> rows) {
    rows.add(RestRow.of("GET", "/api/v4/teams", ANY_USER));
    rows.add(RestRow.of("POST", "/api/v4/teams", ANY_USER).body("{\"name\":\"own team {RAND}\"}"));
    rows.add(RestRow.of("GET", TEAM_PATH, TEAM).about(Ref.TEAM));
    rows.add(RestRow.of("PUT", TEAM_PATH, TEAM_ADMIN).about(Ref.TEAM).body("{\"name\":\"matrix {RAND}\"}"));
    rows.add(RestRow.of("GET", TEAM_PATH + "/contacts", TEAM));
    rows.add(RestRow.of("POST", TEAM_PATH + "/contacts", TEAM_ADMIN).body("{\"user_uid\":\"{SPARE_USER}\"}"));
    rows.add(RestRow.of("GET", TEAM_PATH + "/contacts/:jid", TEAM).on("jid", Ref.MEMBER_JID));
    rows.add(RestRow.of("POST", TEAM_PATH + "/contacts/:jid", TEAM_ADMIN).on("jid", Ref.SPARE_JID)
        .body("{\"role\":\"role {RAND}\"}"));
    rows.add(RestRow.of("DELETE", TEAM_PATH + "/contacts/:jid", TEAM_ADMIN).on("jid", Ref.ARCHIVABLE).destroys());
    rows.add(RestRow.of("GET", TEAM_PATH + "/chats", TEAM));
  }

  private static void chats(List<RestRow> rows) {
    rows.add(RestRow.of("GET", CHAT_PATH, CHAT).on("jid", Ref.GROUP));
    rows.add(RestRow.of("PUT", CHAT_PATH, CHAT).on("jid", Ref.GROUP).body("{\"hidden\":false}"));
    rows.add(RestRow.of("POST", CHAT_PATH + "/lastread", CHAT).on("jid", Ref.GROUP));
    rows.add(RestRow.of("GET", CHAT_PATH + "/draft", CHAT).on("jid", Ref.GROUP));
    rows.add(RestRow.of("PUT", CHAT_PATH + "/draft", CHAT).on("jid", Ref.GROUP)
        .body("{\"draft\":\"draft {RAND}\",\"revision\":{NOW_MS}}"));
    rows.add(RestRow.of("POST", CHAT_PATH + "/pin/:id", CHAT_ADMIN).on("jid", Ref.GROUP).bind("id", Ref.GROUP_MSG));
    rows.add(RestRow.of("DELETE", CHAT_PATH + "/pin", CHAT_ADMIN).on("jid", Ref.GROUP));
    rows.add(RestRow.of("DELETE", CHAT_PATH + "/pin/:id", CHAT_ADMIN).on("jid", Ref.GROUP)
        .bind("id", Ref.GROUP_MSG));
  }

  private static void messages(List<RestRow> rows) {
    rows.add(RestRow.of("GET", TEAM_PATH + "/messages/:jid", CHAT).on("jid", Ref.GROUP));
    rows.add(RestRow.of("GET", CHAT_PATH + "/messages", CHAT).on("jid", Ref.GROUP));
    rows.add(RestRow.of("POST", CHAT_PATH + "/messages", CHAT).on("jid", Ref.GROUP).body("{\"text\":\"hi {RAND}\"}"));
    rows.add(RestRow.of("POST", MSG_PATH, AUTHOR).on("jid", Ref.GROUP).bind("id", Ref.GROUP_MSG)
        .body("{\"text\":\"edited {RAND}\"}").note("group"));
    // the author or the group's admin may delete a message
    rows.add(RestRow.of("DELETE", MSG_PATH, AUTHOR).on("jid", Ref.GROUP).bind("id", Ref.GROUP_MSG).destroys()
        .except(Kind.CHAT_ADMIN, Expect.OK).note("group"));
    rows.add(RestRow.of("POST", MSG_PATH + "/reactions/:name", CHAT).on("jid", Ref.GROUP).bind("id", Ref.GROUP_MSG)
        .bind("name", Ref.EMOJI).note("group"));
    rows.add(RestRow.of("DELETE", MSG_PATH + "/reactions/:name", CHAT).on("jid", Ref.GROUP)
        .bind("id", Ref.GROUP_MSG).bind("name", Ref.EMOJI).note("group"));
    // a direct chat is named by the other side: for anyone but its two members that names their own chat with the
    // member, in which the message is not
    rows.add(RestRow.of("POST", MSG_PATH, AUTHOR).bind("jid", Ref.DIRECT_PEER).on("id", Ref.DIRECT_MSG)
        .body("{\"text\":\"edited {RAND}\"}").note("direct"));
    rows.add(RestRow.of("DELETE", MSG_PATH, AUTHOR).bind("jid", Ref.DIRECT_PEER).on("id", Ref.DIRECT_MSG).destroys()
        .note("direct"));
    rows.add(RestRow.of("POST", MSG_PATH + "/reactions/:name", CHAT).bind("jid", Ref.DIRECT_PEER)
        .on("id", Ref.DIRECT_MSG).bind("name", Ref.EMOJI).note("direct"));
  }

  private static void groups(List<RestRow> rows) {
    String members = GROUP_PATH + "/members";
    rows.add(RestRow.of("GET", TEAM_PATH + "/groups", TEAM));
    rows.add(RestRow.of("POST", TEAM_PATH + "/groups", TEAM).body("{\"display_name\":\"own group {RAND}\"}"));
    rows.add(RestRow.of("GET", GROUP_PATH, CHAT).on("group", Ref.GROUP));
    rows.add(RestRow.of("PUT", GROUP_PATH, CHAT_ADMIN).on("group", Ref.GROUP)
        .body("{\"display_name\":\"private {RAND}\"}"));
    rows.add(RestRow.of("DELETE", GROUP_PATH, CHAT_ADMIN).on("group", Ref.GROUP).destroys());
    rows.add(RestRow.of("GET", members, CHAT).on("group", Ref.GROUP));
    rows.add(RestRow.of("POST", members, CHAT_ADMIN).on("group", Ref.GROUP)
        .body("{\"jid\":\"{SPARE_JID}\",\"status\":\"member\"}"));
    rows.add(RestRow.of("PUT", members + "/:member", CHAT_ADMIN).on("group", Ref.GROUP).bind("member", Ref.SPARE_JID)
        .body("{\"status\":\"member\"}"));
    rows.add(RestRow.of("DELETE", members + "/:member", CHAT_ADMIN).on("group", Ref.GROUP)
        .bind("member", Ref.SPARE_JID).destroys());
    rows.add(RestRow.of("POST", GROUP_PATH + "/join", CHAT).on("group", Ref.GROUP));
  }

  private static void tasks(List<RestRow> rows) {
    rows.add(RestRow.of("GET", TEAM_PATH + "/tasks", TEAM));
    rows.add(RestRow.of("POST", TEAM_PATH + "/tasks", TEAM).body("{\"description\":\"own task {RAND}\"}"));
    rows.add(RestRow.of("GET", TASK_PATH, CHAT).on("task", Ref.TASK));
    rows.add(RestRow.of("POST", TASK_PATH, CHAT).on("task", Ref.TASK).body("{\"task_status\":\"new\"}"));
    rows.add(RestRow.of("PUT", TASK_PATH, CHAT).on("task", Ref.TASK).body("{\"task_status\":\"new\"}"));
    rows.add(RestRow.of("DELETE", TASK_PATH, CHAT_ADMIN).on("task", Ref.TASK).destroys());
    // the task's owner edits its checklist; its assignee only checks items off
    rows.add(RestRow.of("POST", TASK_PATH + "/items", CHAT_ADMIN).on("task", Ref.TASK)
        .body("{\"text\":\"item {RAND}\"}"));
    rows.add(RestRow.of("PUT", TASK_PATH + "/items/:item", CHAT).on("task", Ref.TASK).bind("item", Ref.ITEM)
        .body("{\"checked\":true}"));
    rows.add(RestRow.of("DELETE", TASK_PATH + "/items/:item", CHAT_ADMIN).on("task", Ref.TASK).bind("item", Ref.ITEM)
        .destroys());
    rows.add(RestRow.of("GET", TEAM_PATH + "/task-tabs", TEAM));
    rows.add(RestRow.of("GET", TEAM_PATH + "/task-statuses", TEAM));
  }

  private static void structure(List<RestRow> rows) {
    rows.add(RestRow.of("GET", TEAM_PATH + "/reminds", TEAM));
    // a chat named in a body is an input: one the caller may not see is the same 422 as one that does not exist
    RestRow remind = RestRow.of("POST", TEAM_PATH + "/reminds", CHAT).about(Ref.GROUP)
        .body("{\"chat\":\"{GROUP}\",\"fire_at\":\"{LATER}\"}");
    for (Kind outside : new Kind[] {Kind.OUTSIDER, Kind.TEAM_ADMIN, Kind.OWNER}) {
      remind = remind.except(outside, new Expect(ApiError.INVALID_DATA));
    }
    rows.add(remind);
    rows.add(RestRow.of("DELETE", TEAM_PATH + "/reminds/:remind", OWN).on("remind", Ref.REMIND).destroys());
    rows.add(RestRow.of("GET", SECTIONS, TEAM).bind("kind", Ref.SECTION_KIND));
    rows.add(RestRow.of("POST", SECTIONS, TEAM_ADMIN).bind("kind", Ref.SECTION_KIND)
        .body("{\"name\":\"section {RAND}\"}"));
    rows.add(RestRow.of("PUT", SECTIONS + "/:section", TEAM_ADMIN).bind("kind", Ref.SECTION_KIND)
        .on("section", Ref.SECTION).body("{\"name\":\"section {RAND}\"}"));
    rows.add(RestRow.of("DELETE", SECTIONS + "/:section", TEAM_ADMIN).bind("kind", Ref.SECTION_KIND)
        .on("section", Ref.SECTION).destroys());
    rows.add(RestRow.of("GET", TEAM_PATH + "/tags", TEAM));
    rows.add(RestRow.of("POST", TEAM_PATH + "/tags", TEAM_ADMIN).body("{\"name\":\"tag-{RAND}\"}"));
    rows.add(RestRow.of("PUT", TEAM_PATH + "/tags/:tag", TEAM_ADMIN).on("tag", Ref.TAG)
        .body("{\"name\":\"tag-{RAND}\"}"));
    rows.add(RestRow.of("DELETE", TEAM_PATH + "/tags/:tag", TEAM_ADMIN).on("tag", Ref.TAG).destroys());
  }
}
