package dev.mxbot.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mxbot.configfile.YamlTrees;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Reads the files of {@code deploy/}: every YAML document of a file, in order. */
final class DeployFiles {

  static final Path DEPLOY = Path.of("deploy");
  static final Path KUBERNETES = DEPLOY.resolve("kubernetes");

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

  /** Every Kubernetes object of {@code deploy/kubernetes}, the kustomization excepted. */
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

  static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
