package dev.mxbot.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("deploy/: YAML files and compose")
class DeployYamlTest {

  @Test
  @DisplayName("every YAML file under deploy/ parses, each document a mapping")
  void everyFileParses() {
    List<Path> files = DeployFiles.yamlFiles(DeployFiles.DEPLOY);

    assertThat(files).extracting(Path::toString).contains("deploy/compose.yaml");
    for (Path file : files) {
      assertThat(DeployFiles.documents(file))
          .as(file.toString())
          .isNotEmpty()
          .allMatch(JsonNode::isObject);
    }
  }

  @Test
  @DisplayName(
      "compose: Unbound in mxbot's network namespace at the configured port, no fixed subnet,"
          + " every token from a secret file")
  void compose() {
    JsonNode compose = DeployFiles.documents(DeployFiles.DEPLOY.resolve("compose.yaml")).get(0);
    JsonNode mxbot = compose.path("services").path("mxbot");
    JsonNode unbound = compose.path("services").path("unbound");
    Matcher port =
        Pattern.compile("(?m)^\\s*port:\\s*(\\d+)\\s*$")
            .matcher(DeployFiles.read(DeployFiles.DEPLOY.resolve("unbound/unbound.conf")));
    assertThat(port.find()).isTrue();

    assertThat(unbound.path("network_mode").asText()).isEqualTo("service:mxbot");
    assertThat(mxbot.path("environment").path("MXBOT_DNS_RESOLVERS").asText())
        .isEqualTo("127.0.0.1:" + port.group(1));
    assertThat(compose.has("networks")).as("no network with an address plan").isFalse();
    compose.path("services").forEach(s -> assertThat(s.has("networks")).as(s.toString()).isFalse());
    List<String> secrets = new ArrayList<>();
    mxbot.path("secrets").forEach(s -> secrets.add(s.asText()));
    for (String name :
        List.of("SLACK_BOT_TOKEN", "SLACK_APP_TOKEN", "SLACK_SIGNING_SECRET", "DISCORD_TOKEN")) {
      String file = mxbot.path("environment").path(name + "_FILE").asText();
      assertThat(file).as(name).startsWith("/run/secrets/");
      String secret = file.substring("/run/secrets/".length());
      assertThat(secrets).contains(secret);
      assertThat(compose.path("secrets").path(secret).path("file").asText())
          .startsWith("./secrets/");
      assertThat(mxbot.path("environment").has(name)).as("no token in the file").isFalse();
    }
    assertThat(mxbot.path("read_only").asBoolean()).isTrue();
    assertThat(unbound.path("read_only").asBoolean()).isTrue();
    assertThat(
            Files.exists(
                DeployFiles.DEPLOY
                    .resolve(mxbot.path("build").path("context").asText())
                    .resolve(mxbot.path("build").path("dockerfile").asText())))
        .isTrue();
    assertThat(Files.exists(DeployFiles.DEPLOY.resolve("unbound/Dockerfile"))).isTrue();
  }

  @Test
  @DisplayName(
      "Unbound's image runs as its own user on an unprivileged port, with exact versions to verify")
  void unboundNotRoot() {
    String text = DeployFiles.read(DeployFiles.DEPLOY.resolve("unbound/Dockerfile"));
    Dockerfile dockerfile = Dockerfile.parse(text);
    String conf = DeployFiles.read(DeployFiles.DEPLOY.resolve("unbound/unbound.conf"));

    assertThat(Dockerfile.all(dockerfile.last(), "USER"))
        .singleElement()
        .satisfies(u -> assertThat(u).doesNotMatch("(root|0)(:.*)?"));
    assertThat(conf).contains("username: \"\"").contains("pidfile: \"\"");
    Matcher port = Pattern.compile("(?m)^\\s*port:\\s*(\\d+)").matcher(conf);
    assertThat(port.find()).isTrue();
    assertThat(Integer.parseInt(port.group(1))).isGreaterThan(1023);
    assertThat(dockerfile.last().get(0).arguments()).matches("debian:\\d+\\.\\d+-slim");
    assertThat(Dockerfile.all(dockerfile.last(), "ARG"))
        .anyMatch(a -> a.matches("UNBOUND_VERSION=\\S*\\d\\S*"));
    assertThat(text).contains("verify at release");
  }

  @Test
  @DisplayName("Unbound validates DNSSEC with a trust anchor, and answers private networks only")
  void unboundValidates() {
    String conf = DeployFiles.read(DeployFiles.DEPLOY.resolve("unbound/unbound.conf"));

    assertThat(conf).contains("trust-anchor-file:").contains("access-control: 0.0.0.0/0 refuse");
    assertThat(conf).doesNotContain("module-config: \"iterator\"");
  }
}
