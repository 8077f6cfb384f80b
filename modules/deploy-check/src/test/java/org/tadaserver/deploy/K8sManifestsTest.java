package org.tadaserver.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Issue 8 acceptance: every manifest of deploy/k8s is valid against the Kubernetes object models (fabric8, read
 * strictly by {@link StrictManifests}), each variant has what the issue lists, and the validator does refuse broken
 * manifests (so a broken field fails the build).
 */
class K8sManifestsTest {
  static final Path K8S = Path.of("../../deploy/k8s");
  private static final YAMLMapper YAML = new YAMLMapper();

  /** Verifies the production variant: every document valid, and every kind the issue asks for present. */
  @Test
  void productionIsValidAndComplete() throws Exception {
    Set<String> kinds = kinds(StrictManifests.readAll(K8S.resolve("production")));
    assertEquals(new TreeSet<>(Set.of("ConfigMap", "Secret", "Deployment", "Service", "Ingress",
        "PodDisruptionBudget", "HorizontalPodAutoscaler", "ServiceMonitor")), kinds);
  }

  /** Verifies the dev variant: every document valid, with its in-cluster PostgreSQL. */
  @Test
  void devIsValidAndComplete() throws Exception {
    Set<String> kinds = kinds(StrictManifests.readAll(K8S.resolve("dev")));
    assertEquals(new TreeSet<>(Set.of("ConfigMap", "Secret", "Deployment", "StatefulSet", "Service", "Ingress",
        "PodDisruptionBudget")), kinds);
  }

  /** Verifies that a misspelt field anywhere in the tree is refused, with its path. */
  @Test
  void unknownFieldIsRefused() throws Exception {
    JsonNode broken = YAML.readTree("""
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: x}
        spec:
          selector: {matchLabels: {a: b}}
          template:
            metadata: {labels: {a: b}}
            spec:
              containers:
                - name: c
                  image: i
                  readinessProbe:
                    httpGet: {paht: /health/ready, port: 8000}
        """);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> StrictManifests.read(broken));
    assertTrue(e.getMessage().contains("readinessProbe.httpGet.paht"), e.getMessage());
  }

  /** Verifies that a value of the wrong type is refused. */
  @Test
  void wrongTypeIsRefused() throws Exception {
    JsonNode broken = YAML.readTree("""
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: x}
        spec:
          replicas: three
          selector: {matchLabels: {a: b}}
        """);
    assertThrows(IllegalArgumentException.class, () -> StrictManifests.read(broken));
  }

  /** Verifies that a kind or apiVersion the models do not know is refused, as is a document without a name. */
  @Test
  void unknownKindAndMissingNameAreRefused() throws Exception {
    assertThrows(IllegalArgumentException.class, () -> StrictManifests.read(YAML.readTree(
        "{apiVersion: apps/v1, kind: Deploymnet, metadata: {name: x}}")));
    assertThrows(IllegalArgumentException.class, () -> StrictManifests.read(YAML.readTree(
        "{apiVersion: policy/v1beta3, kind: PodDisruptionBudget, metadata: {name: x}}")));
    assertThrows(IllegalArgumentException.class, () -> StrictManifests.read(YAML.readTree(
        "{apiVersion: v1, kind: ConfigMap, metadata: {labels: {a: b}}}")));
  }

  private static Set<String> kinds(List<StrictManifests.Doc> docs) {
    return docs.stream().map(StrictManifests.Doc::resource).map(HasMetadata::getKind)
        .collect(Collectors.toCollection(TreeSet::new));
  }
}
