package org.tadaserver.bench.target;

import io.vertx.core.Future;
import java.util.List;
import org.tadaserver.bench.client.BenchUser;

/** Creates what a scenario needs on its target before the clients connect. */
public interface Provisioner {
  /** A new team with {@code users} members; the first is its owner. */
  Future<Fixture> fixture(String teamName, int users);

  /** A group of {@code members} (the owner among them) in the fixture's team; returns its {@code g-} JID. */
  Future<String> group(Fixture fixture, BenchUser owner, List<BenchUser> members);
}
