package org.tadaserver.app.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hazelcast.config.Config;
import com.hazelcast.config.JoinConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HazelcastConfigsTest {

  private static ClusterConfig cluster(Path file, String host, int port, List<String> members) {
    return new ClusterConfig(true, "unit", file, host, port, members, 4, 7, 0);
  }

  /** Verifies the bundled file: loopback TCP-IP join, no multicast, fast failure detection, Vert.x maps. */
  @Test
  void bundledIsLoopbackTcpIp() {
    Config config = HazelcastConfigs.build(cluster(null, "127.0.0.1", 15801, List.of()));
    JoinConfig join = config.getNetworkConfig().getJoin();
    assertFalse(join.getMulticastConfig().isEnabled());
    assertFalse(join.getAutoDetectionConfig().isEnabled());
    assertTrue(join.getTcpIpConfig().isEnabled());
    assertEquals(List.of("127.0.0.1"), join.getTcpIpConfig().getMembers());
    assertEquals(List.of("127.0.0.1"), List.copyOf(config.getNetworkConfig().getInterfaces().getInterfaces()));
    assertTrue(config.getNetworkConfig().getInterfaces().isEnabled());
    assertEquals(15801, config.getNetworkConfig().getPort());
    assertEquals("unit", config.getClusterName());
    assertEquals("7", config.getProperty("hazelcast.max.no.heartbeat.seconds"));
    assertEquals("1", config.getProperty("hazelcast.heartbeat.interval.seconds"));
    assertEquals("4", config.getProperty("hazelcast.tcp.join.port.try.count"));
    assertEquals("false", config.getProperty("hazelcast.shutdownhook.enabled"));
    assertEquals("false", config.getProperty("hazelcast.phone.home.enabled"));
    assertTrue(config.getMultiMapConfigs().containsKey("__vertx.subs"));
  }

  /** Verifies that listed members replace the file's, and that empty host and port 0 keep the file's values. */
  @Test
  void settingsOverrideTheFile() {
    Config listed = HazelcastConfigs.build(cluster(null, "", 0, List.of("127.0.0.1:15901", "127.0.0.1:15902")));
    assertEquals(List.of("127.0.0.1:15901", "127.0.0.1:15902"),
        listed.getNetworkConfig().getJoin().getTcpIpConfig().getMembers());
    assertEquals(5701, listed.getNetworkConfig().getPort());
    assertEquals(List.of("127.0.0.1"), List.copyOf(listed.getNetworkConfig().getInterfaces().getInterfaces()));
  }

  /** Verifies the Kubernetes hook: a file that does not use TCP-IP keeps its join, whatever members are set. */
  @Test
  void nonTcpIpJoinIsLeftAlone(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("k8s.xml");
    Files.writeString(file, """
        <hazelcast xmlns="http://www.hazelcast.com/schema/config">
          <network>
            <join>
              <multicast enabled="false"/>
              <tcp-ip enabled="false"/>
              <kubernetes enabled="true">
                <service-dns>tada-hz.tada.svc.cluster.local</service-dns>
              </kubernetes>
            </join>
          </network>
        </hazelcast>
        """);
    Config config = HazelcastConfigs.build(cluster(file, "", 0, List.of("10.0.0.1")));
    JoinConfig join = config.getNetworkConfig().getJoin();
    assertTrue(join.getKubernetesConfig().isEnabled());
    assertFalse(join.getTcpIpConfig().isEnabled());
    assertTrue(join.getTcpIpConfig().getMembers().isEmpty());
    assertEquals("unit", config.getClusterName());
  }

  /** Verifies that a missing or malformed file is a clear configuration error. */
  @Test
  void badFilesAreRefused(@TempDir Path dir) throws IOException {
    IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
        () -> HazelcastConfigs.build(cluster(dir.resolve("nope.xml"), "", 0, List.of())));
    assertTrue(missing.getMessage().contains("nope.xml"), missing.getMessage());
    Path broken = dir.resolve("broken.xml");
    Files.writeString(broken, "<hazelcast><network>");
    assertThrows(RuntimeException.class, () -> HazelcastConfigs.build(cluster(broken, "", 0, List.of())));
  }
}
