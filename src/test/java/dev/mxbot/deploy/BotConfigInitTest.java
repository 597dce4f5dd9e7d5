package dev.mxbot.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mxbot.config.ConfigLoader;
import dev.mxbot.providers.ProviderCatalog;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pods' init container, run with {@code /bin/sh} on directories laid out as Kubernetes mounts
 * them (a ConfigMap volume's files are symbolic links into a hidden {@code ..data} directory).
 */
@DisplayName("Kubernetes: bot-config/ from the image, with the optional ConfigMaps' files")
class BotConfigInitTest {

  @TempDir Path root;

  private Path image() {
    return root.resolve("image");
  }

  private Path out() {
    return root.resolve("out");
  }

  private Path custom() {
    return root.resolve("custom");
  }

  /** The init container's script with its three directories moved under {@code root}. */
  private String script() {
    JsonNode init =
        DeployFiles.podSpec(DeployFiles.ofKind("Deployment").get(0)).path("initContainers").get(0);
    String script = init.path("args").get(0).asText();
    String first = script.lines().findFirst().orElseThrow();
    assertThat(first).isEqualTo("set -eu; image=/app/bot-config; out=/bot-config; custom=/custom");
    return script.replace(
        first, "set -eu; image=" + image() + "; out=" + out() + "; custom=" + custom());
  }

  /** A ConfigMap volume at {@code dir}: each file a symbolic link into {@code ..data}. */
  private static void configMap(Path dir, Map<String, String> files) throws IOException {
    Path data = dir.resolve("..2026_01_01_00_00_00.000000001");
    Files.createDirectories(data);
    Files.createSymbolicLink(dir.resolve("..data"), data.getFileName());
    for (var file : files.entrySet()) {
      Files.writeString(data.resolve(file.getKey()), file.getValue());
      Files.createSymbolicLink(dir.resolve(file.getKey()), Path.of("..data", file.getKey()));
    }
  }

  private void runInit() throws Exception {
    Files.createDirectories(out());
    Files.createDirectories(custom().resolve("config"));
    Files.createDirectories(custom().resolve("providers"));
    Process process =
        new ProcessBuilder("/bin/sh", "-c", script()).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor()).as(output).isZero();
  }

  private static String read(String file) {
    return DeployFiles.read(DeployFiles.BOT_CONFIG.resolve(file));
  }

  private static List<String> names(Path dir) throws IOException {
    try (Stream<Path> list = Files.list(dir)) {
      return list.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  private void copyRepositoryBotConfig() throws Exception {
    Files.createDirectories(image().resolve("providers"));
    for (String file : List.of("mxbot.yaml", "guides.yaml")) {
      Files.copy(DeployFiles.BOT_CONFIG.resolve(file), image().resolve(file));
    }
    for (String provider : names(DeployFiles.BOT_CONFIG.resolve("providers"))) {
      Files.copy(
          DeployFiles.BOT_CONFIG.resolve("providers").resolve(provider),
          image().resolve("providers").resolve(provider));
    }
  }

  @Test
  @DisplayName("without ConfigMaps: the image's files, which mxbot loads")
  void imageOnly() throws Exception {
    copyRepositoryBotConfig();

    runInit();

    assertThat(names(out())).containsExactly("guides.yaml", "mxbot.yaml", "providers");
    assertThat(names(out().resolve("providers")))
        .isEqualTo(names(DeployFiles.BOT_CONFIG.resolve("providers")));
    assertThat(new ConfigLoader(Map.of()).load(out()).directory()).isEqualTo(out());
    assertThat(ProviderCatalog.load(out().resolve("providers")).all()).isNotEmpty();
  }

  @Test
  @DisplayName("with ConfigMaps: their mxbot.yaml and guides.yaml, and only their providers")
  void configMapsReplace() throws Exception {
    copyRepositoryBotConfig();
    // One provider: the home one (guides.yaml names it), as an operator's own set would keep.
    String home =
        names(DeployFiles.BOT_CONFIG.resolve("providers")).stream()
            .filter(
                f -> read("providers/" + f).lines().anyMatch(l -> l.strip().equals("home: true")))
            .findFirst()
            .orElseThrow();
    configMap(
        custom().resolve("config"),
        Map.of(
            "mxbot.yaml",
            "ops:\n  port: 9090\n",
            "guides.yaml",
            Files.readString(DeployFiles.BOT_CONFIG.resolve("guides.yaml"))));
    configMap(custom().resolve("providers"), Map.of(home, read("providers/" + home)));

    runInit();

    assertThat(names(out().resolve("providers"))).containsExactly(home);
    assertThat(Files.isSymbolicLink(out().resolve("mxbot.yaml"))).as("a copy, no link").isFalse();
    assertThat(new ConfigLoader(Map.of()).load(out()).ops().port()).isEqualTo(9090);
    assertThat(ProviderCatalog.load(out().resolve("providers")).all()).hasSize(1);
  }

  @Test
  @DisplayName("a ConfigMap with some of the files: the others stay the image's")
  void partial() throws Exception {
    copyRepositoryBotConfig();
    configMap(custom().resolve("config"), Map.of("mxbot.yaml", "locale: it\n"));

    runInit();

    assertThat(Files.readString(out().resolve("mxbot.yaml"))).isEqualTo("locale: it\n");
    assertThat(out().resolve("guides.yaml"))
        .hasSameTextualContentAs(DeployFiles.BOT_CONFIG.resolve("guides.yaml"));
    assertThat(names(out().resolve("providers")))
        .isEqualTo(names(DeployFiles.BOT_CONFIG.resolve("providers")));
  }
}
