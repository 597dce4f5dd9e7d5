package dev.mxbot.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mxbot.configfile.YamlTrees;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * deploy/ checked by the real tools. Without a tool the test is skipped, except under {@code
 * CI=true}, where {@code .ci/run} installs them (kubectl from Debian's kubernetes-client,
 * systemd-analyze from systemd): there a missing tool fails the test.
 */
@DisplayName("deploy/ checked by the real tools (required when CI=true)")
class DeployToolsTest {

  @TempDir Path temp;

  /** The first executable named {@code tool} on the PATH; skipped, or failed in CI, if none. */
  private static Path require(String tool, String packageName) {
    Path found =
        Stream.of(System.getenv().getOrDefault("PATH", "").split(":"))
            .filter(dir -> !dir.isEmpty())
            .map(dir -> Path.of(dir, tool))
            .filter(Files::isExecutable)
            .findFirst()
            .orElse(null);
    String missing = tool + " is not installed (Debian package " + packageName + ")";
    if (found == null && "true".equals(System.getenv("CI"))) {
      fail(missing + ", and CI=true: .ci/run installs it");
    }
    assumeTrue(found != null, missing + ": skipped outside CI");
    return found;
  }

  /** Runs {@code command}; its standard output, or a failure with both streams. */
  private String run(List<String> command) throws IOException, InterruptedException {
    Path err = temp.resolve("stderr");
    Process process =
        new ProcessBuilder(command)
            .redirectError(err.toFile())
            .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
            .start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).as(out + Files.readString(err)).isZero();
    return out;
  }

  private List<JsonNode> kustomize(Path directory) throws Exception {
    Path kubectl = require("kubectl", "kubernetes-client");
    Path rendered = temp.resolve("rendered.yaml");
    Files.writeString(
        rendered, run(List.of(kubectl.toString(), "kustomize", directory.toString())));
    return YamlTrees.documents(rendered);
  }

  private static Set<String> kinds(List<JsonNode> objects) {
    Set<String> kinds = new TreeSet<>();
    objects.forEach(o -> kinds.add(o.path("kind").asText()));
    return kinds;
  }

  /** Every container's and init container's image. */
  private static Set<String> images(List<JsonNode> objects) {
    Set<String> images = new TreeSet<>();
    for (JsonNode object : objects) {
      JsonNode pod = object.path("spec").path("template").path("spec");
      for (String list : List.of("containers", "initContainers")) {
        pod.path(list).forEach(c -> images.add(c.path("image").asText()));
      }
    }
    return images;
  }

  @Test
  @DisplayName("kubectl kustomize renders the base: Slack only, no Discord")
  void kustomizeBase() throws Exception {
    List<JsonNode> objects = kustomize(DeployFiles.BASE);

    assertThat(kinds(objects))
        .contains("Deployment", "HorizontalPodAutoscaler", "PodDisruptionBudget", "Service")
        .doesNotContain("StatefulSet");
    assertThat(images(objects)).singleElement().asString().doesNotStartWith("mxbot");
    JsonNode deployment =
        objects.stream()
            .filter(o -> o.path("kind").asText().equals("Deployment"))
            .findFirst()
            .get();
    assertThat(deployment.path("spec").has("replicas")).isFalse();
  }

  @Test
  @DisplayName("kubectl kustomize renders the Discord overlay: the base plus the StatefulSet")
  void kustomizeDiscord() throws Exception {
    List<JsonNode> base = kustomize(DeployFiles.BASE);
    List<JsonNode> objects = kustomize(DeployFiles.DISCORD);

    assertThat(kinds(objects)).containsAll(kinds(base)).contains("StatefulSet");
    assertThat(objects).hasSize(base.size() + 3); // headless Service, StatefulSet, its PDB
    assertThat(images(objects)).isEqualTo(images(base));
  }

  @Test
  @DisplayName("systemd-analyze verify finds nothing wrong with the unit")
  void systemdVerify() throws Exception {
    Path analyze = require("systemd-analyze", "systemd");

    Process process =
        new ProcessBuilder(analyze.toString(), "verify", "deploy/systemd/mxbot.service")
            .redirectErrorStream(true)
            .start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();

    // A machine without /usr/bin/java may complain about that path, and only about it.
    List<String> complaints =
        out.lines().filter(l -> !l.isBlank()).filter(l -> !l.contains("/usr/bin/java")).toList();
    assertThat(complaints).as(out).isEmpty();
    if (Files.isExecutable(Path.of("/usr/bin/java"))) {
      assertThat(process.exitValue()).as(out).isZero();
    }
  }
}
