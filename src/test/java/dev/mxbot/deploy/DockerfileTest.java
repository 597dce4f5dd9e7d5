package dev.mxbot.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("deploy/Dockerfile")
class DockerfileTest {

  private final Dockerfile dockerfile =
      Dockerfile.parse(DeployFiles.read(DeployFiles.DEPLOY.resolve("Dockerfile")));

  static List<String> entrypoint(Dockerfile dockerfile) throws Exception {
    String json = Dockerfile.all(dockerfile.last(), "ENTRYPOINT").get(0);
    return Arrays.asList(new ObjectMapper().readValue(json, String[].class));
  }

  /**
   * The build command of the README's "Build and run": the first {@code mvn} line, up to {@code
   * &&}.
   */
  static String readmeBuildCommand() {
    String readme = DeployFiles.read(Path.of("README.md"));
    String block = readme.substring(readme.indexOf("**Build and run**"));
    String line = block.lines().filter(l -> l.startsWith("mvn ")).findFirst().orElseThrow();
    return line.split("&&")[0].strip();
  }

  @Test
  @DisplayName("the build stage runs exactly the README's build command")
  void buildCommandIsTheReadmes() {
    List<String> runs = Dockerfile.all(dockerfile.stage("build"), "RUN");
    List<String> maven =
        runs.stream()
            .map(r -> r.replaceAll("--mount=\\S+\\s+", "").strip())
            .filter(r -> r.startsWith("mvn"))
            .toList();

    assertThat(readmeBuildCommand()).isEqualTo("mvn -q -DskipTests package");
    assertThat(maven).containsExactly(readmeBuildCommand());
    assertThat(dockerfile.stage("build").get(0).arguments()).contains("BUILD_IMAGE");
  }

  @Test
  @DisplayName("the build stage copies every file of the repository the build reads")
  void buildStageHasTheBuildsInputs() {
    String pom = DeployFiles.read(Path.of("pom.xml"));
    Set<String> read = new TreeSet<>();
    Matcher m = Pattern.compile("\\$\\{project\\.basedir}/([^/<]+)").matcher(pom);
    while (m.find()) {
      read.add(m.group(1));
    }
    List<String> copied =
        Dockerfile.all(dockerfile.stage("build"), "COPY").stream()
            .map(c -> c.strip().split("\\s+")[0])
            .toList();

    assertThat(read).contains("src", "bin");
    assertThat(copied).containsAll(read);
  }

  @Test
  @DisplayName("base images: exact versions, not floating tags, marked to verify at release")
  void exactBaseImages() {
    String text = DeployFiles.read(DeployFiles.DEPLOY.resolve("Dockerfile"));
    Map<String, String> args = new TreeMap<>();
    // Dockerfile.parse keeps no instruction before the first FROM: read those lines directly.
    for (String line : text.lines().toList()) {
      if (line.startsWith("ARG ") && line.contains("=")) {
        args.put(line.substring(4, line.indexOf('=')), line.substring(line.indexOf('=') + 1));
      }
    }

    assertThat(args.get("BUILD_IMAGE")).matches("maven:\\d+\\.\\d+\\.\\d+-eclipse-temurin-17");
    assertThat(args.get("RUNTIME_IMAGE")).matches("eclipse-temurin:17\\.\\d+\\.\\d+_\\d+-jre");
    assertThat(text).contains("verify at release").doesNotContainPattern("@sha256:[0-9a-f]{64}");
  }

  @Test
  @DisplayName(
      "the runtime runs as a non-root user, carries bot-config/ and checks /healthz on 8080")
  void runtime() {
    List<Dockerfile.Instruction> runtime = dockerfile.last();

    assertThat(Dockerfile.all(runtime, "USER"))
        .singleElement()
        .satisfies(u -> assertThat(u).doesNotMatch("(root|0)(:.*)?"));
    assertThat(Dockerfile.all(runtime, "COPY")).contains("bot-config /app/bot-config");
    assertThat(Dockerfile.all(runtime, "HEALTHCHECK"))
        .singleElement()
        .asString()
        .contains("/healthz")
        .contains("8080");
  }

  @Test
  @DisplayName("the JVM is sized for a container and runs the jar")
  void entrypointFlags() throws Exception {
    List<String> entrypoint = entrypoint(dockerfile);

    assertThat(entrypoint.get(0)).isEqualTo("java");
    assertThat(entrypoint.subList(entrypoint.size() - 2, entrypoint.size()))
        .containsExactly("-jar", "/app/mxbot.jar");
    assertThat(entrypoint)
        .anyMatch(f -> f.startsWith("-XX:MaxRAMPercentage="))
        .contains("-XX:+ExitOnOutOfMemoryError");
  }
}
