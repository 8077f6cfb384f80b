package org.tadaserver.e2e.security;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.tadaserver.testkit.client.TadaSocket;

/**
 * Two sessions per caller kind that has a valid token, in the caller's team: one that only listens, opened before the
 * matrix runs, and one that sends the matrix's events (and listens too). Both record everything they receive, for
 * the isolation check at the end.
 */
final class Sessions implements AutoCloseable {
  private final Map<Kind, TadaSocket> listening = new EnumMap<>(Kind.class);
  private final Map<Kind, TadaSocket> acting = new EnumMap<>(Kind.class);

  Sessions(World world) {
    for (Kind kind : Kind.values()) {
      if (!kind.tokenless()) {
        listening.put(kind, open(world, kind));
        acting.put(kind, open(world, kind));
      }
    }
  }

  private static TadaSocket open(World world, Kind kind) {
    UUID team = kind == Kind.STRANGER ? world.otherTeam() : world.team();
    TadaSocket ws = world.as(kind).ws(team);
    ws.await("server.time");
    return ws;
  }

  /** The session that sends {@code kind}'s events. */
  TadaSocket acting(Kind kind) {
    return acting.get(kind);
  }

  /** Every event both sessions of {@code kind} received so far, after a ping round trip on each (so none is in flight). */
  List<JsonNode> received(Kind kind) {
    List<JsonNode> all = new ArrayList<>();
    for (TadaSocket ws : List.of(listening.get(kind), acting.get(kind))) {
      ws.awaitConfirm(ws.send("client.ping", null));
      all.addAll(ws.received());
    }
    return all;
  }

  /** Whether every session is still open (none was dropped by a refusal). */
  boolean allOpen() {
    return listening.values().stream().allMatch(TadaSocket::isOpen) && acting.values().stream()
        .allMatch(TadaSocket::isOpen);
  }

  @Override
  public void close() {
    listening.values().forEach(TadaSocket::close);
    acting.values().forEach(TadaSocket::close);
  }
}
