package org.tadaserver.app.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tadaserver.app.config.NodeConfig;
import org.tadaserver.app.config.Settings;

/** The cluster and roles settings as read from conf/application.yaml and the environment. */
class ClusterSettingsTest {

  /** Verifies the defaults: standalone, every role, a node id, the loopback interface. */
  @Test
  void defaultsAreOneNodeWithEveryRole() {
    NodeConfig config = NodeConfig.from(Settings.load(Map.of()));
    assertFalse(config.cluster().enabled());
    assertEquals(EnumSet.allOf(Role.class), config.roles());
    assertTrue(config.runs(Role.CHATS));
    assertFalse(config.nodeId().isBlank());
    assertEquals("tada", config.cluster().name());
    assertEquals("127.0.0.1", config.cluster().host());
    assertEquals(5, config.cluster().heartbeatTimeoutSeconds());
    assertTrue(config.cluster().members().isEmpty());
    assertEquals(null, config.cluster().configFile());
  }

  /** Verifies that the environment sets every cluster key. */
  @Test
  void environmentConfiguresACluster() {
    NodeConfig config = NodeConfig.from(Settings.load(Map.of(
        "TADA_NODE_ID", "n1",
        "TADA_ROLES", "directory,chats",
        "TADA_CLUSTER_ENABLED", "true",
        "TADA_CLUSTER_NAME", "prod",
        "TADA_CLUSTER_CONFIG", "/etc/tada/k8s.xml",
        "TADA_CLUSTER_HOST", "",
        "TADA_CLUSTER_MEMBERS", "10.0.0.1:5701, 10.0.0.2 ,my-host.local:5702",
        "TADA_CLUSTER_HEARTBEAT_TIMEOUT_S", "8")));
    assertEquals("n1", config.nodeId());
    assertEquals(EnumSet.of(Role.DIRECTORY, Role.CHATS), config.roles());
    assertTrue(config.cluster().enabled());
    assertEquals("prod", config.cluster().name());
    assertEquals(Path.of("/etc/tada/k8s.xml"), config.cluster().configFile());
    assertEquals("", config.cluster().host());
    assertEquals(List.of("10.0.0.1:5701", "10.0.0.2", "my-host.local:5702"), config.cluster().members());
    assertEquals(8, config.cluster().heartbeatTimeoutSeconds());
  }

  /** Verifies that bad values fail at start with the setting named. */
  @Test
  void badValuesAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> settings("TADA_CLUSTER_ENABLED", "yes"));
    assertThrows(IllegalArgumentException.class, () -> settings("TADA_ROLES", "gateway"));
    assertThrows(IllegalArgumentException.class, () -> settings("TADA_ROLES", "everything"));
    assertThrows(IllegalArgumentException.class, () -> settings("TADA_CLUSTER_NAME", " "));
    assertThrows(IllegalArgumentException.class, () -> settings("TADA_CLUSTER_PORT", "70000"));
    assertThrows(IllegalArgumentException.class, () -> settings("TADA_CLUSTER_HEARTBEAT_TIMEOUT_S", "1"));
    assertThrows(IllegalArgumentException.class, () -> settings("TADA_CLUSTER_PORT_TRY_COUNT", "0"));
    IllegalArgumentException range = assertThrows(IllegalArgumentException.class,
        () -> settings("TADA_CLUSTER_MEMBERS", "127.0.0.1:5701-5703"));
    assertTrue(range.getMessage().contains("port ranges"), range.getMessage());
  }

  private static NodeConfig settings(String key, String value) {
    return NodeConfig.from(Settings.load(Map.of(key, value)));
  }
}
