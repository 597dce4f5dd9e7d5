package dev.mxbot.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.mxbot.config.ConfigLoader;
import dev.mxbot.config.Secrets;
import dev.mxbot.configfile.ConfigException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
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
 * {@code mxbot config}: every value in effect with its origin (default, file, environment), the
 * secrets as set or missing without ever a value, the platforms serve would start, and start-up's
 * own one-line error (exit 2) when anything is invalid.
 */
@DisplayName("mxbot config")
class ConfigCommandTest {

  /** Shaped like real tokens; fake. Distinct first letters so that no prefix hides in the text. */
  private static final String BOT_TOKEN = "xoxb-7301-9182-Qw8eRt5yUi2oPa";

  private static final String DISCORD_TOKEN =
      "MTA5ODc2NTQzMjEwOTg3NjU0Mw.GqW2eR.hT5yU8iO1pA4sD7fG0jK3lZ6xC9vB2nM5qW8eR1t";

  @TempDir Path dir;

  @Test
  @DisplayName("without mxbot.yaml nor variables, every key shows its default")
  void defaultsOnly() throws IOException {
    Path config = knowledgeOnly();
    String out = run(config, Map.of());

    List<String> keys = keyLines(out);
    assertThat(keys).hasSize(43).allMatch(line -> line.endsWith("  (default)"));
    assertThat(keys)
        .startsWith("locale = en  (default)")
        .contains(
            "dns.timeout = 2s  (default)",
            "dns.resolvers = []  (default)",
            "slack.mode = auto  (default)",
            "ops.port = 8080  (default)")
        .contains("ops.logFormat = text  (default)")
        .contains("store.user = (none)  (default)", "store.retention = 90d  (default)")
        .endsWith(
            "watch.interval = 300s  (default)",
            "watch.maxDuration = 2d  (default)",
            "watch.maxPerUser = 10  (default)",
            "watch.maxActive = 1000  (default)",
            "watch.dnsQuestionsPerMinute = 20000  (default)");
    assertThat(out)
        .contains("SLACK_BOT_TOKEN = missing", "DISCORD_TOKEN = missing")
        .contains(
            "platforms = none (slack: SLACK_BOT_TOKEN is not set; discord: DISCORD_TOKEN is not"
                + " set)")
        .endsWith("configuration valid" + System.lineSeparator());
  }

  @Test
  @DisplayName("a key set in mxbot.yaml shows the file; the others keep their default")
  void fileValue() throws IOException {
    Path config = knowledgeOnly();
    Files.writeString(config.resolve("mxbot.yaml"), "dns:\n  timeout: 3s\nslack:\n  mode: http\n");
    String file = config.resolve("mxbot.yaml").toString().replace('\\', '/');

    List<String> keys = keyLines(run(config, Map.of()));

    assertThat(keys)
        .contains("dns.timeout = 3s  (file " + file + ")", "slack.mode = http  (file " + file + ")")
        .contains("dns.authoritativePort = 53  (default)", "slack.http.port = 3000  (default)")
        .filteredOn(line -> line.contains("(file "))
        .hasSize(2);
  }

  @Test
  @DisplayName("a variable overrides the file and names itself as the origin")
  void environmentOverride() throws IOException {
    Path config = knowledgeOnly();
    Files.writeString(config.resolve("mxbot.yaml"), "dns:\n  timeout: 3s\n");

    List<String> keys =
        keyLines(
            run(
                config,
                Map.of(
                    "MXBOT_DNS_TIMEOUT", "500ms",
                    "MXBOT_DNS_RESOLVERS", "127.0.0.1:5353, [::1]",
                    "MXBOT_OPS_PORT", "9090")));

    assertThat(keys)
        .contains(
            "dns.timeout = 500ms  (environment MXBOT_DNS_TIMEOUT)",
            "dns.resolvers = [127.0.0.1:5353, [0:0:0:0:0:0:0:1]:53]  (environment"
                + " MXBOT_DNS_RESOLVERS)",
            "ops.port = 9090  (environment MXBOT_OPS_PORT)",
            "ops.host = 0.0.0.0  (default)");
  }

  @Test
  @DisplayName("an MXBOT_ variable naming no key stops with start-up's own message, nothing shown")
  void unknownVariable() throws IOException {
    Path config = knowledgeOnly();
    Map<String, String> environment = Map.of("MXBOT_DNS_TIMEOUTS", "3s");
    String startUp = startUpError(config, environment);
    StringWriter out = new StringWriter();

    assertThatThrownBy(() -> ConfigRun.run(config, environment, new PrintWriter(out)))
        .isInstanceOf(ConfigException.class)
        .hasMessage(startUp)
        .hasMessageStartingWith("MXBOT_DNS_TIMEOUTS=3s: not a key of ");
    assertThat(out.toString()).isEmpty();
  }

  @Test
  @DisplayName("an invalid mxbot.yaml: exit 2 and start-up's one line on standard error")
  void invalidFileExitsTwo() throws IOException {
    assumeTrue(
        System.getenv().keySet().stream().noneMatch(k -> k.startsWith("MXBOT_")),
        "this machine's environment sets MXBOT_ variables");
    Path config = knowledgeOnly();
    Files.writeString(config.resolve("mxbot.yaml"), "dns:\n  timeout: soon\n");
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();

    int code = main(out, err, "config", "--config", config.toString());

    assertThat(code).isEqualTo(2);
    assertThat(out.toString()).isEmpty();
    assertThat(err.toString().lines().toList())
        .containsExactly("mxbot: " + startUpError(config, Map.of()));
    assertThat(err.toString()).contains("dns.timeout: expected a duration");
  }

  @Test
  @DisplayName("the shipped bot-config is valid: exit 0, values from bot-config/mxbot.yaml")
  void shippedConfiguration() {
    assumeTrue(
        System.getenv().keySet().stream().noneMatch(k -> k.startsWith("MXBOT_")),
        "this machine's environment sets MXBOT_ variables");
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();

    int code = main(out, err, "config", "--config", "bot-config");

    assertThat(code).isZero();
    assertThat(err.toString()).isEmpty();
    assertThat(out.toString())
        .contains("locale = en  (file bot-config/mxbot.yaml)")
        .contains("discord.shards = (none)  (default)")
        .contains("configuration valid");
  }

  @Test
  @DisplayName(
      "a secret from the environment and one from a _FILE are shown as set, their values never")
  void secrets() throws IOException {
    Path config = knowledgeOnly();
    Path tokenFile = dir.resolve("discord-token");
    Files.writeString(tokenFile, DISCORD_TOKEN + "\n", StandardCharsets.UTF_8);
    Map<String, String> environment =
        Map.of(
            Secrets.SLACK_BOT_TOKEN,
            BOT_TOKEN,
            Secrets.SLACK_APP_TOKEN + "_FILE",
            dir.resolve("empty-app-token").toString(),
            "DISCORD_TOKEN_FILE",
            tokenFile.toString());
    Files.writeString(dir.resolve("empty-app-token"), "\n");

    String out = run(config, environment);

    assertThat(out)
        .contains(
            "SLACK_BOT_TOKEN = set (env)",
            "SLACK_APP_TOKEN = missing (file " + dir.resolve("empty-app-token") + " is empty)",
            "SLACK_SIGNING_SECRET = missing",
            "DISCORD_TOKEN = set (file " + tokenFile + ")")
        .contains("platforms = discord: gateway")
        .doesNotContain(BOT_TOKEN.substring(0, 4))
        .doesNotContain(BOT_TOKEN.substring(BOT_TOKEN.length() - 4))
        .doesNotContain(DISCORD_TOKEN.substring(0, 4))
        .doesNotContain(DISCORD_TOKEN.substring(DISCORD_TOKEN.length() - 4));
  }

  @Test
  @DisplayName("the platforms serve would start follow the secrets and slack.mode")
  void platforms() throws IOException {
    Path config = knowledgeOnly();
    assertThat(
            run(
                config,
                Map.of(
                    Secrets.SLACK_BOT_TOKEN, BOT_TOKEN,
                    Secrets.SLACK_APP_TOKEN, "xapp-1-A1-2-3",
                    Secrets.DISCORD_TOKEN, DISCORD_TOKEN)))
        .contains("platforms = slack: Socket Mode; discord: gateway");
    assertThat(
            run(
                config,
                Map.of(
                    Secrets.SLACK_BOT_TOKEN,
                    BOT_TOKEN,
                    Secrets.SLACK_SIGNING_SECRET,
                    "8f742231b10e8888abcd99yyyzzz85a5",
                    "MXBOT_SLACK_HTTP_PORT",
                    "3100")))
        .contains("platforms = slack: HTTP mode on port 3100 at /slack/events");
  }

  /** A configuration directory with the shipped knowledge files and no mxbot.yaml. */
  private Path knowledgeOnly() throws IOException {
    Path config = dir.resolve("bot-config");
    Path shipped = Path.of("bot-config");
    try (Stream<Path> files = Files.walk(shipped)) {
      for (Path from : files.toList()) {
        Path relative = shipped.relativize(from);
        if (relative.toString().equals("mxbot.yaml") || relative.startsWith("bench")) {
          continue;
        }
        Path to = config.resolve(relative.toString());
        if (Files.isDirectory(from)) {
          Files.createDirectories(to);
        } else {
          Files.copy(from, to);
        }
      }
    }
    return config;
  }

  private static String run(Path config, Map<String, String> environment) {
    StringWriter out = new StringWriter();
    assertThat(ConfigRun.run(config, environment, new PrintWriter(out))).isZero();
    return out.toString();
  }

  /** The lines of the first block: one per key of mxbot.yaml. */
  private static List<String> keyLines(String out) {
    return out.lines().skip(1).takeWhile(line -> !line.isEmpty()).toList();
  }

  private static String startUpError(Path config, Map<String, String> environment) {
    try {
      new ConfigLoader(environment).load(config);
    } catch (ConfigException e) {
      return e.getMessage();
    }
    throw new AssertionError("start-up accepts this configuration");
  }

  private static int main(StringWriter out, StringWriter err, String... args) {
    return Main.run(
        args,
        new BufferedReader(new StringReader("")),
        new PrintWriter(out, true),
        new PrintWriter(err, true));
  }
}
