package org.tadaserver.deploy;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.KubernetesResource;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Reads Kubernetes manifests into fabric8's typed object model and refuses anything the Kubernetes API would not
 * take as written: a kind the model does not know, a value of the wrong type (Jackson fails), and a field the schema
 * does not have. fabric8 keeps unknown fields in each object's {@code additionalProperties} instead of failing, so
 * after reading, every object of the tree is walked and any non-empty {@code additionalProperties} is an error with
 * its path.
 */
final class StrictManifests {
  private static final ObjectMapper YAML = new YAMLMapper(new YAMLFactory());
  private static final ObjectMapper MODEL = JsonMapper.builder()
      .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
      .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
      .build();

  private StrictManifests() {}

  /** One manifest document, typed. */
  record Doc(String source, JsonNode tree, HasMetadata resource) {}

  /** Every document of every *.yaml under {@code dir}, typed; fails with every problem found. */
  static List<Doc> readAll(Path dir) throws IOException {
    List<Doc> docs = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    List<Path> files;
    try (var walk = Files.walk(dir)) {
      files = walk.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    }
    for (Path file : files) {
      List<JsonNode> trees = YAML.readValues(YAML.createParser(file.toFile()), JsonNode.class).readAll();
      for (int i = 0; i < trees.size(); i++) {
        String source = dir.relativize(file) + "#" + i;
        try {
          docs.add(new Doc(source, trees.get(i), read(trees.get(i))));
        } catch (IllegalArgumentException e) {
          problems.add(source + ": " + e.getMessage());
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new AssertionError("invalid manifests:\n  " + String.join("\n  ", problems));
    }
    return docs;
  }

  /** One document, typed; {@link IllegalArgumentException} says what is wrong. */
  static HasMetadata read(JsonNode tree) {
    if (tree == null || !tree.isObject()) {
      throw new IllegalArgumentException("not an object");
    }
    KubernetesResource resource;
    try {
      resource = MODEL.treeToValue(tree, KubernetesResource.class);
    } catch (IOException | RuntimeException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
    if (resource instanceof GenericKubernetesResource || !(resource instanceof HasMetadata typed)) {
      throw new IllegalArgumentException("unknown kind " + tree.path("apiVersion").asText() + "/"
          + tree.path("kind").asText());
    }
    if (typed.getMetadata() == null || typed.getMetadata().getName() == null) {
      throw new IllegalArgumentException("metadata.name missing");
    }
    List<String> unknown = new ArrayList<>();
    walk(typed, typed.getKind(), unknown);
    if (!unknown.isEmpty()) {
      throw new IllegalArgumentException("fields not in the schema: " + String.join(", ", unknown));
    }
    return typed;
  }

  private static void walk(Object value, String path, List<String> unknown) {
    if (value == null) {
      return;
    }
    if (value instanceof Collection<?> list) {
      int i = 0;
      for (Object item : list) {
        walk(item, path + "[" + i++ + "]", unknown);
      }
      return;
    }
    if (value instanceof Map<?, ?> map) {
      map.forEach((k, v) -> walk(v, path + "[" + k + "]", unknown));
      return;
    }
    if (!value.getClass().getName().startsWith("io.fabric8.")) {
      return;
    }
    for (Method getter : value.getClass().getMethods()) {
      if (getter.getParameterCount() != 0 || Modifier.isStatic(getter.getModifiers())
          || !getter.getName().startsWith("get") || getter.getDeclaringClass() == Object.class) {
        continue;
      }
      Object child = invoke(getter, value);
      if (getter.getName().equals("getAdditionalProperties")) {
        if (child instanceof Map<?, ?> extra && !extra.isEmpty()) {
          extra.keySet().forEach(k -> unknown.add(path + "." + k));
        }
      } else {
        walk(child, path + "." + property(getter.getName()), unknown);
      }
    }
  }

  private static Object invoke(Method getter, Object target) {
    try {
      return getter.invoke(target);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("cannot read " + getter, e);
    }
  }

  private static String property(String getter) {
    return Character.toLowerCase(getter.charAt(3)) + getter.substring(4);
  }
}
