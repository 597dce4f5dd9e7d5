package dev.mxbot.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mxbot.configfile.ConfigException;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("MXBOT_ environment variables override mxbot.yaml")
class ConfigOverridesTest {

  @TempDir Path dir;

  private BotConfig load(String yaml, Map<String, String> env) throws IOException {
    Files.writeString(dir.resolve("mxbot.yaml"), yaml);
    return new ConfigLoader(env).load(dir);
  }

  @Test
  @DisplayName("a scalar: MXBOT_LOCALE=it and MXBOT_DNS_TIMEOUT=500ms")
  void scalar() throws IOException {
    BotConfig config =
        load("locale: en\n", Map.of("MXBOT_LOCALE", "it", "MXBOT_DNS_TIMEOUT", "500ms"));

    assertThat(config.locale()).isEqualTo("it");
    assertThat(config.queryTimeout()).isEqualTo(Duration.ofMillis(500));
  }

  @Test
  @DisplayName("a camelCase key as one word or with _ between its words")
  void camelCase() throws IOException {
    assertThat(load("", Map.of("MXBOT_DNS_AUTHORITATIVEPORT", "5353")).authoritativePort())
        .isEqualTo(5353);
    assertThat(load("", Map.of("MXBOT_DNS_AUTHORITATIVE_PORT", "5300")).authoritativePort())
        .isEqualTo(5300);
    assertThat(
            load("", Map.of("MXBOT_RATE_LIMIT_CHECKS_PER_USER_PER_MINUTE", "3"))
                .checksPerUserPerMinute())
        .isEqualTo(3);
    assertThatThrownBy(
            () ->
                load(
                    "",
                    Map.of(
                        "MXBOT_DNS_AUTHORITATIVEPORT", "5353",
                        "MXBOT_DNS_AUTHORITATIVE_PORT", "5300")))
        .hasMessageContaining("set only one");
  }

  @Test
  @DisplayName("a list as comma-separated values replaces the file's list")
  void list() throws IOException {
    BotConfig config =
        load(
            "dns:\n  resolvers: [10.0.0.1]\ninput:\n  deniedSuffixes: [corp]\n",
            Map.of(
                "MXBOT_DNS_RESOLVERS",
                "127.0.0.1:53, [::1]:5353",
                "MXBOT_INPUT_DENIEDSUFFIXES",
                "lan"));

    assertThat(config.resolvers())
        .containsExactly(
            new InetSocketAddress("127.0.0.1", 53), new InetSocketAddress("::1", 5353));
    assertThat(config.deniedSuffixes()).containsExactly("lan");
  }

  @Test
  @DisplayName("a map as k=v,k2=v2")
  void map() throws IOException {
    BotConfig config = load("", Map.of("MXBOT_SLACK_LOCALES", "T0123=it,C9=fr"));

    assertThat(config.slack().locales()).containsEntry("T0123", "it").containsEntry("C9", "fr");
    assertThatThrownBy(() -> load("", Map.of("MXBOT_SLACK_LOCALES", "T0123:it")))
        .hasMessageContaining("MXBOT_SLACK_LOCALES=T0123:it")
        .hasMessageContaining("key=value");
  }

  @Test
  @DisplayName("nested keys, in a section the file leaves out")
  void nested() throws IOException {
    BotConfig config =
        load(
            "locale: en\n",
            Map.of(
                "MXBOT_SLACK_HTTP_PORT", "3100",
                "MXBOT_SLACK_HTTP_MAX_BODY_READS", "64",
                "MXBOT_DISCORD_SHARDS_TOTAL", "4",
                "MXBOT_DISCORD_SHARDS_FROM", "2",
                "MXBOT_DISCORD_SHARDS_TO", "3"));

    assertThat(config.slack().httpPort()).isEqualTo(3100);
    assertThat(config.slack().httpPath()).isEqualTo("/slack/events");
    assertThat(config.slack().maxBodyReads()).isEqualTo(64);
    assertThat(config.discord().shards()).contains(new DiscordSettings.Shards(4, 2, 3));
  }

  @Test
  @DisplayName("no file at all: the environment still applies")
  void noFile() {
    BotConfig config = new ConfigLoader(Map.of("MXBOT_DIAGNOSIS_DEADLINE", "5s")).load(dir);

    assertThat(config.deadline()).isEqualTo(Duration.ofSeconds(5));
  }

  @Test
  @DisplayName("an unknown key names the variable, its value and the keys expected")
  void unknownKey() {
    assertThatThrownBy(() -> load("", Map.of("MXBOT_DNS_RESOLVER", "127.0.0.1")))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("MXBOT_DNS_RESOLVER=127.0.0.1")
        .hasMessageContaining("MXBOT_DNS_RESOLVERS")
        .hasMessageContaining("MXBOT_DNS_TIMEOUT");
    assertThatThrownBy(() -> load("", Map.of("MXBOT_COLOUR", "blue")))
        .hasMessageContaining("MXBOT_COLOUR=blue")
        .hasMessageContaining("MXBOT_LOCALE");
    assertThatThrownBy(() -> load("", Map.of("MXBOT_LOCALE_X", "1")))
        .hasMessageContaining("MXBOT_LOCALE_X=1");
  }

  @Test
  @DisplayName("a Kubernetes service link is recognised and the fix named")
  void serviceLink() {
    assertThatThrownBy(() -> load("", Map.of("MXBOT_SLACK_SERVICE_HOST", "10.0.0.7")))
        .hasMessageContaining("MXBOT_SLACK_SERVICE_HOST")
        .hasMessageContaining("enableServiceLinks: false");
  }

  @Test
  @DisplayName("a bad value names the variable, the value and what is expected")
  void badValue() {
    assertThatThrownBy(() -> load("", Map.of("MXBOT_DNS_TIMEOUT", "soon")))
        .hasMessageStartingWith("environment variable MXBOT_DNS_TIMEOUT=soon (dns.timeout)")
        .hasMessageContaining("a duration like 2s");
    assertThatThrownBy(() -> load("", Map.of("MXBOT_SLACK_HTTP_PORT", "http")))
        .hasMessageContaining("MXBOT_SLACK_HTTP_PORT=http")
        .hasMessageContaining("a number 1-65535");
    assertThatThrownBy(() -> load("", Map.of("MXBOT_DNS_AUTHORITATIVEPORT", "70000")))
        .hasMessageContaining("got 70000");
    assertThatThrownBy(() -> load("", Map.of("MXBOT_DNS_RESOLVERS", "127.0.0.1,dns.google")))
        .hasMessageContaining("MXBOT_DNS_RESOLVERS=127.0.0.1,dns.google (dns.resolvers[1])")
        .hasMessageContaining("IP address");
    assertThatThrownBy(() -> load("", Map.of("MXBOT_SLACK_MODE", "websocket")))
        .hasMessageContaining("MXBOT_SLACK_MODE=websocket")
        .hasMessageContaining("auto, socket or http");
  }

  @Test
  @DisplayName("precedence: environment over file over default; empty means the default")
  void precedence() throws IOException {
    String yaml = "dns:\n  timeout: 3s\ndiagnosis:\n  deadline: 6s\n";

    BotConfig fileOnly = load(yaml, Map.of());
    BotConfig both = load(yaml, Map.of("MXBOT_DNS_TIMEOUT", "1s", "MXBOT_DIAGNOSIS_DEADLINE", ""));

    assertThat(fileOnly.queryTimeout()).isEqualTo(Duration.ofSeconds(3));
    assertThat(fileOnly.deadline()).isEqualTo(Duration.ofSeconds(6));
    assertThat(fileOnly.authoritativePort()).isEqualTo(53);
    assertThat(both.queryTimeout()).isEqualTo(Duration.ofSeconds(1));
    assertThat(both.deadline()).isEqualTo(Duration.ofSeconds(8));
  }

  @Test
  @DisplayName(
      "secrets, the log switches and the launcher's settings are not keys: SLACK_*, DISCORD_*,"
          + " MXBOT_LOG_*, MXBOT_CDS*, MXBOT_JAR")
  void notKeys() throws IOException {
    BotConfig config =
        load(
            "",
            Map.of(
                "SLACK_BOT_TOKEN", "xoxb-1",
                "DISCORD_TOKEN_FILE", "/run/x",
                "MXBOT_LOG_LEVEL", "INFO",
                "MXBOT_LOG_FORMAT", "json",
                "MXBOT_CDS", "off",
                "MXBOT_CDS_DIR", "/tmp/cds",
                "MXBOT_JAR", "/opt/mxbot.jar"));

    assertThat(config).isEqualTo(BotConfig.defaults(dir));
  }
}
