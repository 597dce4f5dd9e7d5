package dev.mxbot.configfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Overrides: a section nobody told them about gets them too")
class OverridesTest {

  @TempDir Path dir;

  /** Reads an imaginary later section the way its own code would. */
  private static String readOps(ConfigNode root) {
    ConfigNode ops = root.requireKeys("ops").at("ops").requireKeys("port", "host", "jsonLogs");
    return ops.at("port").asInt(1, 65535)
        + " "
        + ops.at("host").asOptionalText().orElse("0.0.0.0")
        + " "
        + ops.at("jsonLogs").asBoolean(false);
  }

  private ConfigNode root(String yaml, Map<String, String> env) throws IOException {
    Path file = dir.resolve("x.yaml");
    Files.writeString(file, yaml);
    return ConfigNode.read(file).withOverrides(new Overrides(env));
  }

  @Test
  @DisplayName("numbers, text and booleans of a new section, with or without the file's values")
  void newSection() throws IOException {
    assertThat(readOps(root("ops: {port: 8080}\n", Map.of()))).isEqualTo("8080 0.0.0.0 false");
    assertThat(
            readOps(
                root(
                    "ops: {port: 8080}\n",
                    Map.of(
                        "MXBOT_OPS_PORT", "9090",
                        "MXBOT_OPS_HOST", "127.0.0.1",
                        "MXBOT_OPS_JSON_LOGS", "true"))))
        .isEqualTo("9090 127.0.0.1 true");
    assertThatThrownBy(() -> readOps(root("ops: {port: 1}\n", Map.of("MXBOT_OPS_JSONLOGS", "yes"))))
        .hasMessage(
            "environment variable MXBOT_OPS_JSONLOGS=yes (ops.jsonLogs): expected true or false, got \"yes\"");
  }

  @Test
  @DisplayName("a variable's name: the path in upper case, camelCase as one word or split")
  void names() {
    assertThat(Overrides.names("slack.http.port")).containsExactly("MXBOT_SLACK_HTTP_PORT");
    assertThat(Overrides.names("rateLimit.checksPerUserPerMinute"))
        .contains(
            "MXBOT_RATELIMIT_CHECKSPERUSERPERMINUTE",
            "MXBOT_RATE_LIMIT_CHECKS_PER_USER_PER_MINUTE");
    assertThat(Overrides.names("rateLimit.checksPerUserPerMinute").get(0))
        .isEqualTo("MXBOT_RATELIMIT_CHECKSPERUSERPERMINUTE");
  }
}
