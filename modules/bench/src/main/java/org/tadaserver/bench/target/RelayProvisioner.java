package org.tadaserver.bench.target;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.tadaserver.bench.client.BenchUser;
import org.tadaserver.bench.client.NodeUrl;

/** Set-up on the relay: users are made-up JIDs whose token is the JID itself; groups are registered over HTTP. */
final class RelayProvisioner implements Provisioner {
  private final Rest rest;
  private final NodeUrl node;

  RelayProvisioner(Rest rest, NodeUrl node) {
    this.rest = rest;
    this.node = node;
  }

  @Override
  public Future<Fixture> fixture(String teamName, int users) {
    List<BenchUser> list = new ArrayList<>(users);
    for (int i = 0; i < users; i++) {
      String jid = "d-" + UUID.randomUUID();
      list.add(new BenchUser("relay-" + i, jid, jid));
    }
    return Future.succeededFuture(new Fixture(UUID.randomUUID().toString(), list));
  }

  @Override
  public Future<String> group(Fixture fixture, BenchUser owner, List<BenchUser> members) {
    String jid = "g-" + UUID.randomUUID();
    JsonArray jids = new JsonArray();
    members.forEach(m -> jids.add(m.jid()));
    return rest.post(node, "/groups/" + jid, null, jids).map(r -> jid);
  }
}
