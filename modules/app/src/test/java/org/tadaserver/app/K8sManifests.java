package org.tadaserver.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The documents of one deploy/k8s variant as YAML trees, with the lookups the manifest tests need. */
final class K8sManifests {
  static final Path DEPLOY = Path.of("../../deploy");
  private static final YAMLMapper YAML = new YAMLMapper();
  private final List<JsonNode> docs;

  private K8sManifests(List<JsonNode> docs) {
    this.docs = docs;
  }

  static K8sManifests variant(String name) {
    List<JsonNode> docs = new ArrayList<>();
    try (var files = Files.list(DEPLOY.resolve("k8s").resolve(name))) {
      for (Path file : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
        docs.addAll(YAML.readValues(YAML.createParser(file.toFile()), JsonNode.class).readAll());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new K8sManifests(docs);
  }

  List<JsonNode> ofKind(String kind) {
    return docs.stream().filter(d -> kind.equals(d.path("kind").asText())).toList();
  }

  JsonNode named(String kind, String name) {
    return ofKind(kind).stream().filter(d -> name.equals(d.path("metadata").path("name").asText())).findFirst()
        .orElseThrow(() -> new AssertionError("no " + kind + " " + name));
  }

  /** The first container of a workload's pod template. */
  static JsonNode container(JsonNode workload) {
    return workload.path("spec").path("template").path("spec").path("containers").path(0);
  }

  /** The value of a container's plain environment variable, or null. */
  static String env(JsonNode container, String name) {
    for (JsonNode e : container.path("env")) {
      if (name.equals(e.path("name").asText()) && e.has("value")) {
        return e.path("value").asText();
      }
    }
    return null;
  }

  /** A container port by name; fails if absent. */
  static int port(JsonNode container, String name) {
    for (JsonNode p : container.path("ports")) {
      if (name.equals(p.path("name").asText())) {
        return p.path("containerPort").asInt();
      }
    }
    throw new AssertionError("no container port " + name);
  }

  /** Whether every label of {@code selector} is on {@code labels}. */
  static boolean selects(JsonNode selector, JsonNode labels) {
    for (var it = selector.fields(); it.hasNext(); ) {
      var e = it.next();
      if (!e.getValue().asText().equals(labels.path(e.getKey()).asText(null))) {
        return false;
      }
    }
    return true;
  }
}
