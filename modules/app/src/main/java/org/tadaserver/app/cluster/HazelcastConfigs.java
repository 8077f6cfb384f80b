package org.tadaserver.app.cluster;

import com.hazelcast.config.Config;
import com.hazelcast.config.JoinConfig;
import com.hazelcast.config.NetworkConfig;
import com.hazelcast.config.XmlConfigBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;

/**
 * The Hazelcast configuration of a node: the XML file ({@code cluster.config}, else the bundled conf/cluster.xml)
 * with the node's settings applied on top, so one file serves every node of a local cluster and tests need none.
 *
 * <p>What the settings override: the cluster name, the heartbeat timeout, and when set, the interface, the port and the
 * TCP-IP members. The join section is only touched when the file uses TCP-IP: a file that enables Kubernetes discovery
 * (deploy/k8s) keeps its join exactly as written, which is the hook for that variant.
 */
public final class HazelcastConfigs {
  /** The bundled loopback configuration, also shipped inside the jar. */
  public static final String BUNDLED = "/conf/cluster.xml";

  private HazelcastConfigs() {}

  public static Config build(ClusterConfig cluster) {
    Config config = load(cluster);
    config.setClusterName(cluster.name());
    config.setProperty("hazelcast.max.no.heartbeat.seconds", Integer.toString(cluster.heartbeatTimeoutSeconds()));
    config.setProperty("hazelcast.tcp.join.port.try.count", Integer.toString(cluster.portTryCount()));
    NetworkConfig network = config.getNetworkConfig();
    if (cluster.port() > 0) {
      network.setPort(cluster.port()).setPortAutoIncrement(true);
    }
    if (!cluster.host().isEmpty()) {
      network.getInterfaces().clear().setEnabled(true).addInterface(cluster.host());
    }
    JoinConfig join = network.getJoin();
    if (join.getTcpIpConfig().isEnabled() && !cluster.members().isEmpty()) {
      join.getTcpIpConfig().setMembers(cluster.members());
    }
    return config;
  }

  private static Config load(ClusterConfig cluster) {
    try (InputStream in = cluster.configFile() == null
        ? HazelcastConfigs.class.getResourceAsStream(BUNDLED)
        : Files.newInputStream(cluster.configFile())) {
      if (in == null) {
        throw new IllegalStateException("bundled " + BUNDLED + " missing from the jar");
      }
      return new XmlConfigBuilder(in).build();
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot read cluster.config " + cluster.configFile() + ": " + e.getMessage(), e);
    }
  }
}
