package org.tadaserver.e2e.security;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One row of the REST matrix: an endpoint as the router registers it ({@code method} and {@code route} with its
 * {@code :params}), what its parameters and body placeholders stand for, and who may use it.
 *
 * @param route the path exactly as registered, e.g. {@code /api/v4/teams/:team/chats/:jid}
 * @param params what each {@code :param} stands for ({@code :team} is always the team)
 * @param body the JSON body with {@code {REF}} placeholders, or null for none
 * @param subject the object a refusal is about (its unknown twin must get the same answer); null when none
 * @param destructive whether an allowed call destroys its object (the allowed cells then act on fresh ones)
 * @param overrides expectations that differ from the policy's, each with its reason in the table
 * @param note what distinguishes this row from others on the same route
 */
record RestRow(String method, String route, Map<String, Ref> params, String body, Policy policy, Ref subject,
    boolean destructive, Map<Kind, Expect> overrides, String note) {
  private static final Pattern PARAM = Pattern.compile(":([a-z]+)");

  static RestRow of(String method, String route, Policy policy) {
    Map<String, Ref> params = new LinkedHashMap<>();
    params.put("team", Ref.TEAM);
    return new RestRow(method, route, params, null, policy, null, false, Map.of(), "");
  }

  /** Binds {@code :name} to {@code ref}. */
  RestRow bind(String name, Ref ref) {
    Map<String, Ref> more = new LinkedHashMap<>(params);
    more.put(name, ref);
    return new RestRow(method, route, more, body, policy, subject, destructive, overrides, note);
  }

  /** Binds {@code :name} to {@code ref}, the object the row is about. */
  RestRow on(String name, Ref ref) {
    return bind(name, ref).about(ref);
  }

  RestRow about(Ref ref) {
    return new RestRow(method, route, params, body, policy, ref, destructive, overrides, note);
  }

  RestRow body(String json) {
    return new RestRow(method, route, params, json, policy, subject, destructive, overrides, note);
  }

  RestRow destroys() {
    return new RestRow(method, route, params, body, policy, subject, true, overrides, note);
  }

  RestRow except(Kind kind, Expect expect) {
    Map<Kind, Expect> more = new EnumMap<>(Kind.class);
    more.putAll(overrides);
    more.put(kind, expect);
    return new RestRow(method, route, params, body, policy, subject, destructive, more, note);
  }

  RestRow note(String text) {
    return new RestRow(method, route, params, body, policy, subject, destructive, overrides, text);
  }

  Expect expect(Kind kind) {
    return overrides.getOrDefault(kind, policy.expect(kind));
  }

  /** {@code METHOD route (note)}. */
  String label() {
    return method + " " + route + (note.isEmpty() ? "" : " (" + note + ")");
  }

  /** The path for {@code caller}: every parameter from {@code objects}, except {@code unknown}, made up. */
  String path(Objects objects, Kind caller, Ref unknown) {
    Matcher m = PARAM.matcher(route);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      Ref ref = params.get(m.group(1));
      if (ref == null) {
        throw new IllegalStateException(label() + ": :" + m.group(1) + " is not bound");
      }
      String value = ref == unknown ? ref.unknown() : objects.get(ref, caller);
      m.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** The body for {@code caller} with its placeholders filled in (see {@link #path}), or null. */
  String body(Objects objects, Kind caller, Ref unknown) {
    return body == null ? null : objects.fill(body, caller, unknown);
  }
}
