package dev.mxbot.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("deploy/ checked by the real tools, where this machine has them")
class DeployToolsTest {

  /** The first executable named {@code tool} on the PATH, if any. */
  private static Path which(String tool) {
    return Stream.of(System.getenv().getOrDefault("PATH", "").split(":"))
        .map(dir -> Path.of(dir, tool))
        .filter(Files::isExecutable)
        .findFirst()
        .orElse(null);
  }

  private static String run(List<String> command) throws IOException, InterruptedException {
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).as(out).isZero();
    return out;
  }

  @Test
  @DisplayName(
      "kubectl kustomize renders the manifests with the ConfigMap made from bot-config/mxbot.yaml")
  void kustomize() throws Exception {
    Path kubectl = which("kubectl");
    assumeTrue(kubectl != null, "kubectl is not installed");

    String out =
        run(
            List.of(
                kubectl.toString(),
                "kustomize",
                "--load-restrictor",
                "LoadRestrictionsNone",
                DeployFiles.KUBERNETES.toString()));

    assertThat(out)
        .contains("kind: ConfigMap")
        .contains("name: mxbot-config-")
        .contains("mxbot.yaml: |");
    assertThat(out).contains("kind: StatefulSet").contains("kind: HorizontalPodAutoscaler");
  }

  @Test
  @DisplayName("systemd-analyze knows every setting of the unit")
  void systemdVerify() throws Exception {
    Path analyze = which("systemd-analyze");
    assumeTrue(analyze != null, "systemd-analyze is not installed");

    Process process =
        new ProcessBuilder(analyze.toString(), "verify", "deploy/systemd/mxbot.service")
            .redirectErrorStream(true)
            .start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    process.waitFor(60, TimeUnit.SECONDS);

    // Only the unit's own syntax: a machine without /usr/bin/java may complain about that path.
    assertThat(out.lines())
        .noneMatch(l -> l.contains("Unknown key") || l.contains("Failed to parse"));
  }
}
