package dev.mxbot.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("the Discord StatefulSet: pod ordinal → shard range")
class DiscordShardsTest {

  @TempDir Path bin;

  private final JsonNode container =
      DeployFiles.ofKind("StatefulSet")
          .get(0)
          .path("spec")
          .path("template")
          .path("spec")
          .path("containers")
          .get(0);

  private String script() {
    return container.path("args").get(0).asText();
  }

  private String env(String name) {
    for (JsonNode variable : container.path("env")) {
      if (variable.path("name").asText().equals(name)) {
        return variable.path("value").asText();
      }
    }
    throw new AssertionError(name + " not set");
  }

  @Test
  @DisplayName("REPLICAS matches spec.replicas")
  void replicas() {
    assertThat(env("REPLICAS"))
        .isEqualTo(DeployFiles.ofKind("StatefulSet").get(0).path("spec").path("replicas").asText());
  }

  @Test
  @DisplayName("mxbot-discord-1 of 2 replicas, 2 shards each, runs shards 2-3 of 4")
  void formula() throws Exception {
    Path java = bin.resolve("java");
    Files.writeString(java, "#!/bin/sh\nenv | grep '^MXBOT_DISCORD_SHARDS_' | sort\n");
    Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
    ProcessBuilder sh = new ProcessBuilder("/bin/sh", "-c", script());
    Map<String, String> environment = sh.environment();
    environment.keySet().removeIf(k -> k.startsWith("MXBOT_"));
    environment.putAll(
        Map.of(
            "HOSTNAME",
            "mxbot-discord-1",
            "REPLICAS",
            "2",
            "SHARDS_PER_REPLICA",
            "2",
            "PATH",
            bin + ":" + System.getenv("PATH")));
    Process process = sh.redirectErrorStream(true).start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

    assertThat(process.waitFor()).as(out).isZero();
    assertThat(out.lines())
        .containsExactly(
            "MXBOT_DISCORD_SHARDS_FROM=2",
            "MXBOT_DISCORD_SHARDS_TO=3",
            "MXBOT_DISCORD_SHARDS_TOTAL=4");
  }

  @Test
  @DisplayName("the java command is the Dockerfile's ENTRYPOINT")
  void sameJavaFlags() throws Exception {
    String exec = script().lines().filter(l -> l.startsWith("exec java")).findFirst().orElseThrow();
    List<String> command = Arrays.asList(exec.substring("exec ".length()).strip().split("\\s+"));

    assertThat(command)
        .isEqualTo(
            DockerfileTest.entrypoint(
                Dockerfile.parse(DeployFiles.read(DeployFiles.DEPLOY.resolve("Dockerfile")))));
  }
}
