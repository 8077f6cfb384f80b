package org.tadaserver.e2e.chats;

import java.util.UUID;
import org.tadaserver.testkit.TadaClient;
import org.tadaserver.testkit.client.RestResponse;
import org.tadaserver.testkit.client.SocketOptions;
import org.tadaserver.testkit.client.TadaSocket;

/**
 * One user of a test team: login name (for {@code @mentions}), contact JID in the team, and a client holding their
 * token. REST paths given to {@link #get} and friends are relative to {@code /api/v4/teams/{team}}.
 *
 * @param username the login name
 * @param jid the contact JID in {@code team}
 */
record Person(String username, UUID user, String jid, UUID team, TadaClient client) {
  String teamPath(String rest) {
    return "/api/v4/teams/" + team + rest;
  }

  RestResponse get(String rest) {
    return client.get(teamPath(rest));
  }

  RestResponse post(String rest, Object body) {
    return client.post(teamPath(rest), body);
  }

  RestResponse put(String rest, Object body) {
    return client.put(teamPath(rest), body);
  }

  RestResponse delete(String rest) {
    return client.delete(teamPath(rest));
  }

  /** A raw request (malformed bodies, other methods), relative to the team. */
  RestResponse request(String method, String rest, String body) {
    return client.request(method, teamPath(rest), body);
  }

  /** A new session in the team, past its first event ({@code server.time}). */
  TadaSocket ws() {
    TadaSocket ws = client.ws(team);
    ws.await("server.time");
    return ws;
  }

  /** A new session opened the way {@code options} say, past its first event. */
  TadaSocket ws(SocketOptions options) {
    TadaSocket ws = client.ws(team, options);
    ws.await("server.time");
    return ws;
  }

  /** The same user as a member of another team (its contact there). */
  Person in(UUID otherTeam, String otherJid) {
    return new Person(username, user, otherJid, otherTeam, client);
  }
}
