package dev.mxbot.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.mxbot.core.InputPolicy;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Reads {@code mxbot.yaml} from the configuration directory into a {@link BotConfig}. A missing
 * file means defaults; an unknown key, a wrong type or an impossible value stops with a {@link
 * ConfigException} naming file, key, value and expectation.
 */
public final class ConfigLoader {

  public static final String FILE = "mxbot.yaml";

  /** Sections of later features (chat adapters, operations): accepted, read by their own code. */
  private static final Set<String> TOP_LEVEL =
      Set.of("locale", "dns", "diagnosis", "input", "slack", "discord", "ops", "access", "rateLimit");

  private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory());

  public BotConfig load(Path directory) {
    Path file = directory.resolve(FILE);
    String name = file.toString();
    if (!Files.isDirectory(directory)) {
      throw new ConfigException(directory + ": the configuration directory does not exist (use --config DIR)");
    }
    JsonNode root = read(file, name);
    allowOnly(root, "", TOP_LEVEL, name);
    JsonNode dns = root.path("dns");
    allowOnly(dns, "dns.", Set.of("resolvers", "authoritativePort", "timeout"), name);
    allowOnly(root.path("diagnosis"), "diagnosis.", Set.of("deadline"), name);
    allowOnly(root.path("input"), "input.", Set.of("deniedSuffixes"), name);
    return new BotConfig(
        directory,
        text(root, "locale", "en", name),
        resolvers(dns.path("resolvers"), name),
        port(dns.path("authoritativePort"), name),
        duration(dns.path("timeout"), "dns.timeout", "2s", name),
        duration(root.path("diagnosis").path("deadline"), "diagnosis.deadline", "8s", name),
        suffixes(root.path("input").path("deniedSuffixes"), name));
  }

  private JsonNode read(Path file, String name) {
    if (!Files.exists(file)) {
      return yaml.createObjectNode();
    }
    try {
      JsonNode root = yaml.readTree(file.toFile());
      if (root == null || root.isMissingNode() || root.isNull()) {
        return yaml.createObjectNode();
      }
      if (!root.isObject()) {
        throw ConfigException.at(name, "(top level)", "a mapping of keys", root.getNodeType());
      }
      return root;
    } catch (IOException e) {
      throw new ConfigException(name + ": not valid YAML: " + firstLine(e.getMessage()));
    }
  }

  private static void allowOnly(JsonNode node, String prefix, Set<String> keys, String file) {
    if (node.isMissingNode() || node.isNull()) {
      return;
    }
    if (!node.isObject()) {
      throw ConfigException.at(file, prefix.isEmpty() ? "(top level)" : prefix.substring(0, prefix.length() - 1), "a mapping of keys", node.asText());
    }
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      String key = it.next();
      if (!keys.contains(key)) {
        throw ConfigException.at(file, prefix + key, "one of " + new java.util.TreeSet<>(keys) + " (unknown key)", null);
      }
    }
  }

  private static String text(JsonNode root, String key, String fallback, String file) {
    JsonNode node = root.path(key);
    if (node.isMissingNode() || node.isNull()) {
      return fallback;
    }
    if (!node.isTextual() || node.asText().isBlank()) {
      throw ConfigException.at(file, key, "a text", node.asText());
    }
    return node.asText();
  }

  private static List<InetSocketAddress> resolvers(JsonNode node, String file) {
    List<InetSocketAddress> list = new ArrayList<>();
    for (String value : stringList(node, "dns.resolvers", file)) {
      try {
        list.add(ConfigValues.resolver(value));
      } catch (IllegalArgumentException e) {
        throw ConfigException.at(file, "dns.resolvers", e.getMessage(), value);
      }
    }
    return list;
  }

  private static int port(JsonNode node, String file) {
    if (node.isMissingNode() || node.isNull()) {
      return 53;
    }
    try {
      return ConfigValues.port(node.asText());
    } catch (IllegalArgumentException e) {
      throw ConfigException.at(file, "dns.authoritativePort", e.getMessage(), node.asText());
    }
  }

  private static Duration duration(JsonNode node, String key, String fallback, String file) {
    String value = node.isMissingNode() || node.isNull() ? fallback : node.asText();
    try {
      return ConfigValues.duration(value);
    } catch (IllegalArgumentException e) {
      throw ConfigException.at(file, key, e.getMessage(), value);
    }
  }

  private static List<String> suffixes(JsonNode node, String file) {
    if (node.isMissingNode() || node.isNull()) {
      return InputPolicy.DEFAULT_DENIED_SUFFIXES;
    }
    return stringList(node, "input.deniedSuffixes", file).stream()
        .map(s -> s.toLowerCase(java.util.Locale.ROOT).replaceAll("^\\.|\\.$", ""))
        .toList();
  }

  private static List<String> stringList(JsonNode node, String key, String file) {
    if (node.isMissingNode() || node.isNull()) {
      return List.of();
    }
    if (!node.isArray()) {
      throw ConfigException.at(file, key, "a list", node.asText());
    }
    List<String> values = new ArrayList<>();
    for (JsonNode item : node) {
      if (!item.isValueNode()) {
        throw ConfigException.at(file, key, "a list of texts", item.toString());
      }
      values.add(item.asText());
    }
    return values;
  }

  private static String firstLine(String message) {
    return message == null ? "" : message.lines().findFirst().orElse("");
  }
}
