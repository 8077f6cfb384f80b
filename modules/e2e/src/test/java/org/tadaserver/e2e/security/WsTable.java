package org.tadaserver.e2e.security;

import static org.tadaserver.e2e.security.Policy.ANY_USER;
import static org.tadaserver.e2e.security.Policy.AUTHOR;
import static org.tadaserver.e2e.security.Policy.CHAT;
import static org.tadaserver.e2e.security.Policy.DISABLED;

import java.util.ArrayList;
import java.util.List;

/**
 * Every client event with who may send it; {@code AuthzMatrixE2ETest} fails when the protocol has a client event no
 * row covers. The stranger's session is in its own team, so it names the world's objects from outside.
 */
final class WsTable {
  /** The call events: calls are off on the matrix's node (no SFU), and every caller is told so alike. */
  static final List<String> CALLS = List.of("client.call.offer", "client.call.sdp", "client.call.trickle",
      "client.call.leave", "client.call.reject", "client.call.sound", "client.call.video", "client.call.screenshare",
      "client.call.muteall", "client.call.buzz", "client.call.buzzcancel");

  private WsTable() {}

  static List<WsRow> rows() {
    List<WsRow> rows = new ArrayList<>();
    rows.add(WsRow.of("client.ping", null, ANY_USER));
    rows.add(WsRow.of("client.confirm", "{\"confirm_id\":\"{RAND}\"}", ANY_USER));
    rows.add(WsRow.of("client.activity", "{\"afk\":false}", ANY_USER));
    rows.add(WsRow.of("client.message.updated", "{\"to\":\"{GROUP}\",\"message_id\":\"{RAND}-0000-4000-8000-"
        + "000000000000\",\"content\":{\"type\":\"plain\",\"text\":\"hi\"}}", CHAT).about(Ref.GROUP).note("new"));
    // No cell sends a foreign message's id into one's own chat: ids are client-made and unique server-wide, so that
    // answers "already used by another message" where an unused id creates one (accepted: docs/reliability.md).
    rows.add(WsRow.of("client.message.updated", "{\"to\":\"{GROUP}\",\"message_id\":\"{GROUP_MSG}\","
        + "\"content\":{\"type\":\"plain\",\"text\":\"edited\"}}", AUTHOR).about(Ref.GROUP).note("edit"));
    // the author or the group's admin may delete a message
    rows.add(WsRow.of("client.message.deleted", "{\"message_id\":\"{GROUP_MSG}\"}", AUTHOR).about(Ref.GROUP_MSG)
        .destroys().except(Kind.CHAT_ADMIN, Expect.OK).note("group"));
    rows.add(WsRow.of("client.message.deleted", "{\"message_id\":\"{DIRECT_MSG}\"}", AUTHOR).about(Ref.DIRECT_MSG)
        .destroys().note("direct"));
    rows.add(WsRow.of("client.chat.lastread", "{\"jid\":\"{GROUP}\"}", CHAT).about(Ref.GROUP));
    rows.add(WsRow.of("client.chat.composing", "{\"jid\":\"{GROUP}\",\"composing\":true}", CHAT).about(Ref.GROUP));
    for (String call : CALLS) {
      rows.add(WsRow.of(call, "{\"jid\":\"{GROUP}\",\"call_jid\":\"{GROUP}\"}", DISABLED).about(Ref.GROUP));
    }
    return rows;
  }
}
