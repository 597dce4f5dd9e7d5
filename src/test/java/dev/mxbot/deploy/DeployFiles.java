package dev.mxbot.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mxbot.configfile.YamlTrees;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Reads the files of {@code deploy/}: every YAML document of a file, in order. */
final class DeployFiles {

  static final Path DEPLOY = Path.of("deploy");
  static final Path KUBERNETES = DEPLOY.resolve("kubernetes");

  /** Slack only: what every team deploys. */
  static final Path BASE = KUBERNETES.resolve("base");

  /** The base plus Discord: the optional overlay. */
  static final Path DISCORD = KUBERNETES.resolve("overlays/discord");

  static final Path BOT_CONFIG = Path.of("bot-config");

  private DeployFiles() {}

  /** Every {@code .yaml}/{@code .yml} file under {@code directory}, sorted. */
  static List<Path> yamlFiles(Path directory) {
    try (Stream<Path> files = Files.walk(directory)) {
      return files
          .filter(Files::isRegularFile)
          .filter(f -> f.toString().matches(".*\\.ya?ml"))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The documents of a multi-document YAML file; empty documents are left out. */
  static List<JsonNode> documents(Path file) {
    return YamlTrees.documents(file);
  }

  /** Every Kubernetes object of {@code deploy/kubernetes}, the kustomizations excepted. */
  static List<JsonNode> kubernetesObjects() {
    return yamlFiles(KUBERNETES).stream()
        .filter(f -> !f.getFileName().toString().equals("kustomization.yaml"))
        .flatMap(f -> documents(f).stream())
        .toList();
  }

  /** The objects of {@code kind}. */
  static List<JsonNode> ofKind(String kind) {
    return kubernetesObjects().stream().filter(o -> o.path("kind").asText().equals(kind)).toList();
  }

  /** The kustomization of {@code directory}. */
  static JsonNode kustomization(Path directory) {
    return documents(directory.resolve("kustomization.yaml")).get(0);
  }

  /** The Deployment and the StatefulSet. */
  static List<JsonNode> workloads() {
    return Stream.concat(ofKind("Deployment").stream(), ofKind("StatefulSet").stream()).toList();
  }

  /** A workload's pod spec. */
  static JsonNode podSpec(JsonNode workload) {
    return workload.path("spec").path("template").path("spec");
  }

  /** A workload's container named {@code mxbot}. */
  static JsonNode mxbotContainer(JsonNode workload) {
    for (JsonNode container : podSpec(workload).path("containers")) {
      if (container.path("name").asText().equals("mxbot")) {
        return container;
      }
    }
    throw new AssertionError("no container mxbot in " + workload.path("metadata"));
  }

  /** The literal {@code env} values of a container, in order. */
  static Map<String, String> env(JsonNode container) {
    Map<String, String> env = new LinkedHashMap<>();
    for (JsonNode variable : container.path("env")) {
      if (variable.has("value")) {
        env.put(variable.path("name").asText(), variable.path("value").asText());
      }
    }
    return env;
  }

  /** The number of the container port named {@code name}, or -1. */
  static int port(JsonNode container, String name) {
    for (JsonNode port : container.path("ports")) {
      if (port.path("name").asText().equals(name)) {
        return port.path("containerPort").asInt();
      }
    }
    return -1;
  }

  static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
