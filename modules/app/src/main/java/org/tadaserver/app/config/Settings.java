package org.tadaserver.app.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The node's settings as flat dotted keys ({@code http.port}). Defaults come from the bundled conf/application.yaml;
 * a file named by {@code TADA_CONFIG} (else ./conf/application.yaml when present) overrides them; then the environment:
 * {@code TADA_} + the key in upper case with '.' as '_' ({@code TADA_HTTP_PORT}). Only keys that have a default can be
 * set, so a misspelt key fails at start instead of being ignored.
 */
public final class Settings {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final String BUNDLED = "/conf/application.yaml";
  private final Map<String, String> values;

  private Settings(Map<String, String> values) {
    this.values = values;
  }

  /** Loads defaults, the config file and the environment, in that order of precedence (last wins). */
  public static Settings load(Map<String, String> env) {
    Map<String, String> values = new TreeMap<>();
    try (InputStream in = Settings.class.getResourceAsStream(BUNDLED)) {
      if (in == null) {
        throw new IllegalStateException("bundled " + BUNDLED + " missing from the jar");
      }
      flatten("", YAML.readTree(in), values);
      Path file = configFile(env);
      if (file != null) {
        Map<String, String> overrides = new TreeMap<>();
        flatten("", YAML.readTree(file.toFile()), overrides);
        overrides.forEach((k, v) -> put(values, k, v, "file " + file));
      }
    } catch (IOException e) {
      throw new IllegalStateException("cannot read configuration: " + e.getMessage(), e);
    }
    for (String key : values.keySet().toArray(String[]::new)) {
      String fromEnv = env.get(envName(key));
      if (fromEnv != null) {
        values.put(key, fromEnv);
      }
    }
    return new Settings(values);
  }

  /** The environment variable that overrides {@code key}. */
  public static String envName(String key) {
    return "TADA_" + key.replace('.', '_').toUpperCase(Locale.ROOT);
  }

  /** A copy with {@code key} set; for tests and embedding. */
  public Settings with(String key, Object value) {
    Map<String, String> copy = new TreeMap<>(values);
    put(copy, key, String.valueOf(value), "override");
    return new Settings(copy);
  }

  public String string(String key) {
    String v = values.get(key);
    if (v == null) {
      throw new IllegalArgumentException("unknown setting " + key);
    }
    return v;
  }

  public int integer(String key) {
    try {
      return Integer.parseInt(string(key).trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("setting " + key + " (" + envName(key) + ") must be an integer: " + string(key));
    }
  }

  public boolean bool(String key) {
    String v = string(key).trim().toLowerCase(Locale.ROOT);
    if (!v.equals("true") && !v.equals("false")) {
      throw new IllegalArgumentException("setting " + key + " (" + envName(key) + ") must be true or false: " + v);
    }
    return v.equals("true");
  }

  private static Path configFile(Map<String, String> env) {
    String named = env.get("TADA_CONFIG");
    if (named != null && !named.isBlank()) {
      return Path.of(named);
    }
    Path local = Path.of("conf", "application.yaml");
    return Files.isRegularFile(local) ? local : null;
  }

  private static void put(Map<String, String> values, String key, String value, String source) {
    if (!values.containsKey(key)) {
      throw new IllegalArgumentException("unknown setting " + key + " in " + source);
    }
    values.put(key, value);
  }

  private static void flatten(String prefix, JsonNode node, Map<String, String> out) {
    if (node == null || node.isNull() || node.isMissingNode()) {
      return;
    }
    if (!node.isObject()) {
      out.put(prefix, node.asText());
      return;
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      flatten(prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey(), e.getValue(), out);
    }
  }
}
