package org.tadaserver.e2e.security;

import java.util.EnumMap;
import java.util.Map;

/**
 * One row of the WebSocket matrix: a client event with its params ({@code {REF}} placeholders as in {@link RestRow})
 * and who may send it. Callers without a valid token never get a session: their cells try the upgrade.
 *
 * @param params the params JSON, or null for none
 * @param subject the object a refusal is about (its unknown twin must get the same warning); null when none
 * @param destructive whether an allowed event destroys its object (the allowed cells then act on fresh ones)
 */
record WsRow(String event, String params, Policy policy, Ref subject, boolean destructive, Map<Kind, Expect> overrides,
    String note) {

  static WsRow of(String event, String params, Policy policy) {
    return new WsRow(event, params, policy, null, false, Map.of(), "");
  }

  WsRow about(Ref ref) {
    return new WsRow(event, params, policy, ref, destructive, overrides, note);
  }

  WsRow destroys() {
    return new WsRow(event, params, policy, subject, true, overrides, note);
  }

  WsRow except(Kind kind, Expect expect) {
    Map<Kind, Expect> more = new EnumMap<>(Kind.class);
    more.putAll(overrides);
    more.put(kind, expect);
    return new WsRow(event, params, policy, subject, destructive, more, note);
  }

  WsRow note(String text) {
    return new WsRow(event, params, policy, subject, destructive, overrides, text);
  }

  Expect expect(Kind kind) {
    return overrides.getOrDefault(kind, policy.expect(kind));
  }

  String label() {
    return event + (note.isEmpty() ? "" : " (" + note + ")");
  }
}
