package org.tadaserver.e2e.tasks;

import java.util.UUID;
import org.tadaserver.testkit.TadaClient;
import org.tadaserver.testkit.client.RestResponse;
import org.tadaserver.testkit.client.TadaSocket;

/**
 * One user of a test team: contact JID and a client with their token. REST paths are relative to
 * {@code /api/v4/teams/{team}}.
 */
record Member(String jid, UUID team, TadaClient client) {
  RestResponse get(String rest) {
    return client.get(path(rest));
  }

  RestResponse post(String rest, Object body) {
    return client.post(path(rest), body);
  }

  RestResponse put(String rest, Object body) {
    return client.put(path(rest), body);
  }

  RestResponse delete(String rest) {
    return client.delete(path(rest));
  }

  /** A raw request, for malformed bodies. */
  RestResponse raw(String method, String rest, String body) {
    return client.request(method, path(rest), body);
  }

  /** A new session in the team, past its first event. */
  TadaSocket ws() {
    TadaSocket ws = client.ws(team);
    ws.await("server.time");
    return ws;
  }

  private String path(String rest) {
    return "/api/v4/teams/" + team + rest;
  }
}
