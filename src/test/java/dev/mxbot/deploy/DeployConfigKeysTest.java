package dev.mxbot.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mxbot.config.BotConfig;
import dev.mxbot.config.ConfigLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The deploy files against mxbot's real configuration loader: every {@code MXBOT_*} name they use
 * is an override key, the values they set load, and the ports they open, probe or publish are the
 * ones mxbot then listens on.
 */
@DisplayName("deploy/: environment names, ports and probes agree with the configuration keys")
class DeployConfigKeysTest {

  private static final Pattern NAME = Pattern.compile("MXBOT_[A-Z0-9_]*[A-Z0-9]");

  /** What {@code serve} would run with, given these variables and the repository's bot-config/. */
  private static BotConfig load(Map<String, String> environment) {
    return new ConfigLoader(environment).load(DeployFiles.BOT_CONFIG);
  }

  /** {@code ${NAME:-default}} replaced by its default, as compose does with NAME unset. */
  private static String composeDefaults(String value) {
    return value.replaceAll("\\$\\{[A-Z0-9_]+:-([^}]*)}", "$1");
  }

  /** {@code variable} names no key: the loader refuses it as unknown, whatever its value. */
  private static boolean unknownKey(String variable) {
    Throwable error = catchThrowable(() -> load(Map.of(variable, "x")));
    return error != null
        && (error.getMessage().startsWith(variable + "=x: no key of")
            || error.getMessage().startsWith(variable + "=x: not a key of"));
  }

  @Test
  @DisplayName(
      "every MXBOT_* name written anywhere under deploy/ is a key (or a service-link example)")
  void everyNameIsAKey() throws Exception {
    Set<String> names = new TreeSet<>();
    try (var files = Files.walk(DeployFiles.DEPLOY)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        Matcher m = NAME.matcher(DeployFiles.read(file));
        while (m.find()) {
          names.add(m.group());
        }
      }
    }

    assertThat(names).contains("MXBOT_OPS_PORT", "MXBOT_DNS_RESOLVERS", "MXBOT_SLACK_HTTP_PORT");
    for (String name : names) {
      if (name.endsWith("_SERVICE_HOST")) {
        continue; // the comments' example of what enableServiceLinks: false keeps out
      }
      assertThat(unknownKey(name)).as(name + " is a key of mxbot.yaml").isFalse();
    }
  }

  @Test
  @DisplayName(
      "Kubernetes: each pod's MXBOT_* values load, and the ops and Slack ports are mxbot's")
  void kubernetes() {
    for (JsonNode workload : DeployFiles.workloads()) {
      String name = workload.path("metadata").path("name").asText();
      JsonNode container = DeployFiles.mxbotContainer(workload);
      Map<String, String> env = new LinkedHashMap<>();
      DeployFiles.env(container)
          .forEach(
              (k, v) -> {
                if (k.startsWith("MXBOT_")) {
                  env.put(k, v);
                }
              });
      String script = container.path("args").path(0).asText();
      if (script.contains("MXBOT_DISCORD_SHARDS_TOTAL")) {
        // Pod 0 of the script's formula with one replica and one shard each.
        env.putAll(
            Map.of(
                "MXBOT_DISCORD_SHARDS_TOTAL", "1",
                "MXBOT_DISCORD_SHARDS_FROM", "0",
                "MXBOT_DISCORD_SHARDS_TO", "0"));
      }

      BotConfig config = load(env);

      int ops = DeployFiles.port(container, "ops");
      assertThat(env).as(name + ": ops.port set next to the port").containsKey("MXBOT_OPS_PORT");
      assertThat(ops).as(name + " port ops").isEqualTo(config.ops().port());
      assertThat(
              workload
                  .path("spec")
                  .path("template")
                  .path("metadata")
                  .path("annotations")
                  .path("prometheus.io/port")
                  .asText())
          .isEqualTo(String.valueOf(ops));
      for (String probe : List.of("startupProbe", "readinessProbe", "livenessProbe")) {
        assertThat(container.path(probe).path("httpGet").path("port").asText())
            .as(name + " " + probe)
            .isEqualTo("ops");
      }
      int slack = DeployFiles.port(container, "slack-http");
      if (slack != -1) {
        assertThat(slack).as(name + " port slack-http").isEqualTo(config.slack().httpPort());
      }
    }
    // The headless Service of the StatefulSet names the same port.
    JsonNode headless =
        DeployFiles.ofKind("Service").stream()
            .filter(s -> s.path("spec").path("clusterIP").asText().equals("None"))
            .findFirst()
            .orElseThrow();
    assertThat(headless.path("spec").path("ports").get(0).path("port").asInt())
        .isEqualTo(
            DeployFiles.port(
                DeployFiles.mxbotContainer(DeployFiles.ofKind("StatefulSet").get(0)), "ops"));
  }

  @Test
  @DisplayName(
      "compose: the environment loads; ops published on loopback, Slack's port only by the override")
  void compose() {
    JsonNode mxbot =
        DeployFiles.documents(DeployFiles.DEPLOY.resolve("compose.yaml"))
            .get(0)
            .path("services")
            .path("mxbot");
    JsonNode http =
        DeployFiles.documents(DeployFiles.DEPLOY.resolve("compose.slack-http.yaml"))
            .get(0)
            .path("services")
            .path("mxbot");
    Map<String, String> env = new LinkedHashMap<>();
    for (JsonNode service : List.of(mxbot, http)) {
      service
          .path("environment")
          .properties()
          .forEach(
              e -> {
                if (e.getKey().startsWith("MXBOT_")) {
                  env.put(e.getKey(), composeDefaults(e.getValue().asText()));
                }
              });
    }

    BotConfig config = load(env);

    List<String> ports = new ArrayList<>();
    for (JsonNode port : mxbot.path("ports")) {
      ports.add(composeDefaults(port.asText()));
    }
    int ops = config.ops().port();
    assertThat(ports).containsExactly("127.0.0.1:" + ops + ":" + ops);
    assertThat(mxbot.path("ports").get(0).asText()).contains("${MXBOT_OPS_PORT:-");
    int slack = config.slack().httpPort();
    assertThat(http.path("ports"))
        .extracting(p -> composeDefaults(p.asText()))
        .containsExactly(slack + ":" + slack);
  }

  @Test
  @DisplayName("the image exposes mxbot's default ports and checks the ops port's /healthz")
  void dockerfile() {
    Dockerfile dockerfile =
        Dockerfile.parse(DeployFiles.read(DeployFiles.DEPLOY.resolve("Dockerfile")));
    BotConfig defaults = load(Map.of());

    assertThat(Dockerfile.all(dockerfile.last(), "EXPOSE"))
        .containsExactly(defaults.slack().httpPort() + " " + defaults.ops().port());
    assertThat(Dockerfile.all(dockerfile.last(), "HEALTHCHECK").get(0))
        .contains("${MXBOT_OPS_PORT:-" + defaults.ops().port() + "}");
  }
}
