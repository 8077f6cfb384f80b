package org.tadaserver.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.hazelcast.config.Config;
import com.hazelcast.config.KubernetesConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tadaserver.app.cluster.HazelcastConfigs;
import org.tadaserver.app.cluster.Role;
import org.tadaserver.app.config.NodeConfig;
import org.tadaserver.app.config.Settings;

/**
 * Issue 8: the manifests of deploy/k8s and the code agree. Each Deployment's environment and the ConfigMap's
 * application.yaml load through the node's own {@link Settings} and {@link NodeConfig} (a misspelt TADA_* name or key
 * fails); probes and the scrape use the paths {@link Ops} serves on the configured HTTP port; Hazelcast, event-bus and
 * HTTP ports match the settings; the grace period covers preStop plus {@link NodeLauncher#DRAIN_LIMIT_S}; Services
 * select the right pods; and conf/cluster-k8s.xml joins through the headless Service.
 */
class DeployMatchesCodeTest {
  /** Verifies every Deployment of both variants against the code. */
  @ParameterizedTest
  @ValueSource(strings = {"dev", "production"})
  void deploymentsMatchTheCode(String variant, @TempDir Path dir) throws IOException {
    K8sManifests k8s = K8sManifests.variant(variant);
    Path appYaml = dir.resolve("application.yaml");
    Files.writeString(appYaml, k8s.named("ConfigMap", "tada-config").path("data").path("application.yaml").asText());
    List<JsonNode> deployments = k8s.ofKind("Deployment");
    assertFalse(deployments.isEmpty());
    for (JsonNode deployment : deployments) {
      String name = deployment.path("metadata").path("name").asText();
      JsonNode container = K8sManifests.container(deployment);
      assertEquals("/etc/tada/application.yaml", K8sManifests.env(container, "TADA_CONFIG"), name);
      assertTrue(container.path("volumeMounts").toString().contains("\"mountPath\":\"/etc/tada\""), name);
      NodeConfig config = NodeConfig.from(Settings.load(environment(k8s, container, appYaml)));
      int http = config.gateway().port();
      assertEquals(http, K8sManifests.port(container, "http"), name + " http port");
      assertEquals(config.cluster().port(), K8sManifests.port(container, "hazelcast"), name + " Hazelcast port");
      assertEquals(config.cluster().busPort(), K8sManifests.port(container, "eventbus"), name + " event-bus port");
      assertTrue(config.cluster().enabled(), name);
      assertEquals("/app/conf/cluster-k8s.xml", config.cluster().configFile().toString(), name);
      probes(name, container);
      JsonNode annotations = deployment.path("spec").path("template").path("metadata").path("annotations");
      assertEquals(Ops.METRICS, annotations.path("prometheus.io/path").asText(), name);
      assertEquals(String.valueOf(http), annotations.path("prometheus.io/port").asText(), name);
      drainFits(name, deployment);
      assertEquals(config.runs(Role.CHATS) || config.runs(Role.DIRECTORY),
          container.path("env").toString().contains("\"TADA_PG_URL\""),
          name + ": the database URL goes exactly to the nodes that use a database");
    }
  }

  /** Verifies the production split: gateway-only nodes apart from store nodes, three or more of each. */
  @Test
  void productionSplitsGatewaysFromStores() throws IOException {
    K8sManifests k8s = K8sManifests.variant("production");
    Set<Role> gateway = Role.parse(K8sManifests.env(K8sManifests.container(k8s.named("Deployment", "tada-gateway")),
        "TADA_ROLES"));
    Set<Role> core = Role.parse(K8sManifests.env(K8sManifests.container(k8s.named("Deployment", "tada-core")),
        "TADA_ROLES"));
    assertEquals(Set.of(Role.GATEWAY, Role.PRESENCE), gateway);
    assertTrue(core.containsAll(Set.of(Role.DIRECTORY, Role.CHATS)), core::toString);
    assertFalse(core.contains(Role.GATEWAY) || core.contains(Role.PRESENCE), core::toString);
    for (JsonNode d : k8s.ofKind("Deployment")) {
      assertTrue(d.path("spec").path("replicas").asInt() >= 3, d.path("metadata").path("name").asText());
    }
    assertTrue(k8s.named("HorizontalPodAutoscaler", "tada-gateway").path("spec").path("minReplicas").asInt() >= 3);
    assertEquals(1, K8sManifests.variant("dev").named("Deployment", "tada").path("spec").path("replicas").asInt());
  }

  /** Verifies that the client Service reaches gateway pods only and the headless one every node, as discovery needs. */
  @ParameterizedTest
  @ValueSource(strings = {"dev", "production"})
  void servicesSelectTheRightPods(String variant) {
    K8sManifests k8s = K8sManifests.variant(variant);
    JsonNode clients = k8s.named("Service", "tada");
    JsonNode discovery = k8s.named("Service", "tada-hazelcast");
    assertEquals("None", discovery.path("spec").path("clusterIP").asText());
    assertTrue(discovery.path("spec").path("publishNotReadyAddresses").asBoolean());
    for (JsonNode d : k8s.ofKind("Deployment")) {
      JsonNode labels = d.path("spec").path("template").path("metadata").path("labels");
      boolean runsGateway = Role.parse(K8sManifests.env(K8sManifests.container(d), "TADA_ROLES"))
          .contains(Role.GATEWAY);
      assertEquals(runsGateway, K8sManifests.selects(clients.path("spec").path("selector"), labels));
      assertTrue(K8sManifests.selects(discovery.path("spec").path("selector"), labels));
      assertTrue(K8sManifests.selects(d.path("spec").path("selector").path("matchLabels"), labels));
    }
    assertEquals("tada", k8s.named("Ingress", "tada").path("spec").path("rules").path(0).path("http").path("paths")
        .path(0).path("backend").path("service").path("name").asText());
  }

  /** Verifies conf/cluster-k8s.xml: Kubernetes DNS discovery of the headless Service, bound to the pod IP. */
  @Test
  void kubernetesHazelcastConfigJoinsThroughTheHeadlessService() throws Exception {
    Map<String, String> env = Map.of("TADA_CLUSTER_ENABLED", "true", "TADA_CLUSTER_HOST", "10.1.2.3",
        "TADA_CLUSTER_CONFIG", K8sManifests.DEPLOY.resolve("../conf/cluster-k8s.xml").toString());
    NodeConfig node = NodeConfig.from(Settings.load(env));
    Config config = HazelcastConfigs.build(node.cluster());
    var join = config.getNetworkConfig().getJoin();
    KubernetesConfig kubernetes = join.getKubernetesConfig();
    assertTrue(kubernetes.isEnabled());
    assertFalse(join.getTcpIpConfig().isEnabled());
    assertFalse(join.getMulticastConfig().isEnabled());
    assertEquals("tada-hazelcast", kubernetes.getProperty("service-dns"));
    assertEquals(List.of("10.1.2.3"), List.copyOf(config.getNetworkConfig().getInterfaces().getInterfaces()));
    // the discovery plugin ships inside hazelcast 5.3 itself
    Class.forName("com.hazelcast.kubernetes.HazelcastKubernetesDiscoveryStrategyFactory");
  }

  /** Verifies that the image carries conf/ where the ConfigMaps point, runs as the pods' user, exposes their ports. */
  @Test
  void dockerfileMatchesTheManifests() throws IOException {
    String dockerfile = Files.readString(K8sManifests.DEPLOY.resolve("Dockerfile"));
    assertTrue(dockerfile.contains("COPY conf/ /app/conf/"), "cluster-k8s.xml lands in /app/conf");
    assertTrue(dockerfile.contains("COPY modules/app/target/tada-server.jar"), "the fat jar");
    for (String variant : List.of("dev", "production")) {
      for (JsonNode d : K8sManifests.variant(variant).ofKind("Deployment")) {
        JsonNode pod = d.path("spec").path("template").path("spec");
        assertTrue(pod.path("securityContext").path("runAsNonRoot").asBoolean());
        int uid = pod.path("securityContext").path("runAsUser").asInt();
        assertTrue(dockerfile.contains("USER " + uid + ":"), "image user " + uid);
        for (JsonNode port : K8sManifests.container(d).path("ports")) {
          assertTrue(dockerfile.matches("(?s).*EXPOSE[^\\n]*\\b" + port.path("containerPort").asInt() + "\\b.*"),
              "EXPOSE " + port);
        }
      }
    }
  }

  private static void probes(String name, JsonNode container) {
    assertEquals(Ops.LIVE, container.path("livenessProbe").path("httpGet").path("path").asText(), name);
    assertEquals(Ops.LIVE, container.path("startupProbe").path("httpGet").path("path").asText(), name);
    assertEquals(Ops.READY, container.path("readinessProbe").path("httpGet").path("path").asText(), name);
    for (String probe : List.of("livenessProbe", "startupProbe", "readinessProbe")) {
      assertEquals("http", container.path(probe).path("httpGet").path("port").asText(), name + " " + probe);
    }
  }

  /** SIGTERM comes after preStop; the drain must then finish before the kubelet's SIGKILL. */
  private static void drainFits(String name, JsonNode deployment) {
    JsonNode pod = deployment.path("spec").path("template").path("spec");
    JsonNode preStop = K8sManifests.container(deployment).path("lifecycle").path("preStop").path("exec")
        .path("command");
    assertEquals("sleep", preStop.path(0).asText(), name);
    int preStopSeconds = preStop.path(1).asInt();
    int grace = pod.path("terminationGracePeriodSeconds").asInt();
    assertTrue(preStopSeconds >= 1, name + ": load balancers need a moment to drop the pod");
    assertTrue(grace >= preStopSeconds + NodeLauncher.DRAIN_LIMIT_S,
        name + ": grace " + grace + " s < preStop " + preStopSeconds + " s + drain " + NodeLauncher.DRAIN_LIMIT_S
            + " s");
  }

  /** The environment a container gets: its plain values, the pod fields, and its Secret references resolved. */
  private static Map<String, String> environment(K8sManifests k8s, JsonNode container, Path appYaml) {
    Map<String, String> env = new HashMap<>();
    for (JsonNode e : container.path("env")) {
      String name = e.path("name").asText();
      assertTrue(name.equals("TADA_CONFIG") || name.startsWith("TADA_"), "unexpected variable " + name);
      if (e.has("value")) {
        env.put(name, e.path("value").asText());
      } else if (e.path("valueFrom").has("fieldRef")) {
        env.put(name, e.path("valueFrom").path("fieldRef").path("fieldPath").asText().equals("status.podIP")
            ? "10.0.0.7" : "tada-pod-0");
      } else {
        JsonNode ref = e.path("valueFrom").path("secretKeyRef");
        JsonNode secret = k8s.named("Secret", ref.path("name").asText()).path("stringData");
        assertTrue(secret.has(ref.path("key").asText()), name + " from a key the Secret has");
        env.put(name, secret.path(ref.path("key").asText()).asText());
      }
    }
    knownNames(env.keySet());
    env.put("TADA_CONFIG", appYaml.toString());
    return env;
  }

  /** Every TADA_* variable must override a setting (Settings ignores unknown ones, so a typo would go unnoticed). */
  private static void knownNames(Set<String> names) {
    Settings defaults = Settings.load(Map.of());
    for (String name : names) {
      if (name.equals("TADA_CONFIG")) {
        continue;
      }
      String key = name.substring("TADA_".length()).toLowerCase(java.util.Locale.ROOT);
      boolean known = false;
      for (String candidate : candidates(key)) {
        try {
          defaults.string(candidate);
          known = Settings.envName(candidate).equals(name);
        } catch (IllegalArgumentException e) {
          continue;
        }
        if (known) {
          break;
        }
      }
      assertTrue(known, name + " names no setting");
    }
  }

  /** The dotted keys an environment name could stand for ('_' is either a separator or part of a name). */
  private static List<String> candidates(String key) {
    List<String> out = new java.util.ArrayList<>();
    int underscores = (int) key.chars().filter(c -> c == '_').count();
    for (int mask = 0; mask < (1 << underscores); mask++) {
      StringBuilder b = new StringBuilder();
      int bit = 0;
      for (char c : key.toCharArray()) {
        b.append(c == '_' ? (((mask >> bit++) & 1) == 1 ? '.' : '_') : c);
      }
      out.add(b.toString());
    }
    return out;
  }
}
