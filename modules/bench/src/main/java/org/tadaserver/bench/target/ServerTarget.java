package org.tadaserver.bench.target;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import org.tadaserver.bench.client.ClientFactory;
import org.tadaserver.bench.client.NodeUrl;
import org.tadaserver.bench.metrics.LocalProcess;
import org.tadaserver.bench.metrics.PostgresProcess;
import org.tadaserver.bench.metrics.ServerProbe;
import org.tadaserver.directory.admin.DirectoryAdmin;
import org.tadaserver.store.db.Database;

/**
 * The real server: one or more nodes sharing one database, which the generator also opens to create its team and
 * users (the embedded database of the node's data directory can be opened while the node runs, as the admin CLI does).
 */
public final class ServerTarget implements Target {
  private final List<NodeUrl> nodes;
  private final Database database;
  private final boolean ownsDatabase;
  private final ServerProvisioner provisioner;
  private final ServerProbe probe;

  /**
   * @param database the nodes' database; closed with this target when {@code ownsDatabase}
   * @param embeddedDataDir the data directory of the nodes' embedded database on this machine (for its CPU), or null
   */
  public ServerTarget(ClientFactory factory, List<NodeUrl> nodes, Database database, boolean ownsDatabase,
      Path embeddedDataDir) {
    if (nodes.isEmpty()) {
      throw new IllegalArgumentException("no server node given");
    }
    this.nodes = List.copyOf(nodes);
    this.database = database;
    this.ownsDatabase = ownsDatabase;
    this.provisioner = new ServerProvisioner(new DirectoryAdmin(database), new Rest(factory.http()), nodes.get(0));
    Map<NodeUrl, LocalProcess> local = new HashMap<>();
    for (NodeUrl node : nodes) {
      if (isLoopback(node.host())) {
        OptionalLong pid = LocalProcess.findListener(node.port());
        pid.ifPresent(p -> local.put(node, LocalProcess.of(p)));
      }
    }
    this.probe = new ServerProbe(factory.http(), nodes, local,
        embeddedDataDir == null ? null : PostgresProcess.of(embeddedDataDir));
  }

  static boolean isLoopback(String host) {
    return host.equals("localhost") || host.startsWith("127.") || host.equals("[::1]") || host.equals("::1");
  }

  @Override
  public String name() {
    return "tada";
  }

  @Override
  public List<NodeUrl> nodes() {
    return nodes;
  }

  @Override
  public Provisioner provisioner() {
    return provisioner;
  }

  @Override
  public ServerProbe probe() {
    return probe;
  }

  @Override
  public boolean storesMessages() {
    return true;
  }

  @Override
  public void close() {
    if (ownsDatabase) {
      try {
        database.close().await(30, TimeUnit.SECONDS);
      } catch (Exception e) {
        System.err.println("closing the set-up database connection failed: " + e);
      }
    }
  }
}
