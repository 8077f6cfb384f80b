package org.tadaserver.bench.target;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.tadaserver.bench.Parallel;
import org.tadaserver.bench.client.BenchUser;
import org.tadaserver.bench.client.NodeUrl;
import org.tadaserver.directory.admin.DirectoryAdmin;

/**
 * Set-up on the real server: team and users straight in its database through {@link DirectoryAdmin} (what the admin
 * CLI does, without a JVM start per user), groups through the REST API as their owner, like a client would.
 */
final class ServerProvisioner implements Provisioner {
  /** Password hashing is CPU-bound; more parallel creations than cores only queue. */
  private static final int PARALLEL_USERS = Math.max(2, Runtime.getRuntime().availableProcessors());
  private static final int PARALLEL_MEMBERS = 16;
  private final DirectoryAdmin admin;
  private final Rest rest;
  private final NodeUrl node;

  ServerProvisioner(DirectoryAdmin admin, Rest rest, NodeUrl node) {
    this.admin = admin;
    this.rest = rest;
    this.node = node;
  }

  @Override
  public Future<Fixture> fixture(String teamName, int users) {
    return admin.createTeam(teamName).compose(team -> createUsers(team, users)
        .map(list -> new Fixture(team.toString(), list)));
  }

  private Future<List<BenchUser>> createUsers(UUID team, int n) {
    String prefix = "bench-" + team.toString().substring(0, 8) + "-";
    AtomicReferenceArray<BenchUser> made = new AtomicReferenceArray<>(n);
    return Parallel.forEach(n, PARALLEL_USERS, i -> {
      String username = prefix + i;
      return admin.createUser(team, username, "secret-" + username, "Bench", "User " + i, i == 0)
          .onSuccess(u -> made.set(i, new BenchUser(username, u.jid(), u.token())));
    }).map(v -> {
      List<BenchUser> list = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        list.add(made.get(i));
      }
      return list;
    });
  }

  @Override
  public Future<String> group(Fixture fixture, BenchUser owner, List<BenchUser> members) {
    JsonArray memberships = new JsonArray();
    members.stream().filter(m -> !m.jid().equals(owner.jid()))
        .forEach(m -> memberships.add(new JsonObject().put("jid", m.jid()).put("status", "member")));
    JsonObject body = new JsonObject()
        .put("display_name", "bench group " + UUID.randomUUID().toString().substring(0, 8))
        .put("description", "").put("public", false).put("readonly_for_members", false).put("default_for_all", false)
        .putNull("autocleanup_age").put("pinned_message", "").put("section", "").put("members", memberships);
    String base = "/api/v4/teams/" + fixture.team() + "/groups";
    return rest.post(node, base, owner.token(), body)
        .map(result -> ((JsonObject) result).getString("jid"))
        .compose(jid -> addMissing(base + "/" + jid + "/members", owner, members).map(jid));
  }

  /** Adds, one by one, the members the create call did not take (a server may ignore {@code members} there). */
  private Future<Void> addMissing(String path, BenchUser owner, List<BenchUser> members) {
    return rest.get(node, path, owner.token()).compose(result -> {
      Set<String> present = new HashSet<>();
      JsonArray list = result instanceof JsonObject o ? o.getJsonArray("members", new JsonArray()) : (JsonArray) result;
      list.forEach(m -> present.add(((JsonObject) m).getString("jid")));
      List<BenchUser> missing = members.stream().filter(m -> !present.contains(m.jid())).toList();
      return addAll(path, owner, missing);
    });
  }

  private Future<Void> addAll(String path, BenchUser owner, List<BenchUser> missing) {
    return Parallel.forEach(missing.size(), PARALLEL_MEMBERS, i -> rest.post(node, path, owner.token(),
        new JsonObject().put("jid", missing.get(i).jid()).put("status", "member")));
  }
}
