package dev.mxbot.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mxbot.configfile.ConfigException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("Loading mxbot.yaml")
class ConfigLoaderTest {

  @TempDir Path dir;

  private BotConfig load(String yaml) throws IOException {
    Files.writeString(dir.resolve("mxbot.yaml"), yaml);
    return new ConfigLoader().load(dir);
  }

  @Test
  @DisplayName("the shipped file gives the contract's defaults")
  void shipped() {
    BotConfig config = new ConfigLoader().load(Path.of("bot-config"));

    assertThat(config.locale()).isEqualTo("en");
    assertThat(config.resolvers()).isEmpty();
    assertThat(config.queryTimeout()).isEqualTo(Duration.ofSeconds(2));
    assertThat(config.deadline()).isEqualTo(Duration.ofSeconds(8));
    assertThat(config.authoritativePort()).isEqualTo(53);
    assertThat(config.deniedSuffixes()).contains("local", "home.arpa");
    assertThat(config.slack().maxBodyReads()).isEqualTo(SlackSettings.DEFAULT_MAX_BODY_READS);
  }

  @Test
  @DisplayName("reads resolvers, durations and suffixes")
  void values() throws IOException {
    BotConfig config =
        load(
            "dns:\n  resolvers: ['127.0.0.1:5353', '[::1]']\n  timeout: 500ms\ndiagnosis:\n  deadline: 1.5s\ninput:\n  deniedSuffixes: [.Corp.]\n");

    assertThat(config.resolvers()).extracting(a -> a.getPort()).containsExactly(5353, 53);
    assertThat(config.queryTimeout()).isEqualTo(Duration.ofMillis(500));
    assertThat(config.deadline()).isEqualTo(Duration.ofMillis(1500));
    assertThat(config.deniedSuffixes()).containsExactly("corp");
  }

  @Test
  @DisplayName("an unknown key names the file and the key")
  void unknownKey() {
    assertThatThrownBy(() -> load("dns:\n  resolver: [127.0.0.1]\n"))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("mxbot.yaml")
        .hasMessageContaining("dns.resolver");
  }

  @Test
  @DisplayName("a bad value names the key, the value and what is expected")
  void badValues() {
    assertThatThrownBy(() -> load("dns:\n  timeout: soon\n"))
        .hasMessageContaining("dns.timeout")
        .hasMessageContaining("soon")
        .hasMessageContaining("2s");
    assertThatThrownBy(() -> load("dns:\n  resolvers: [dns.google]\n"))
        .hasMessageContaining("dns.resolvers")
        .hasMessageContaining("IP address");
    assertThatThrownBy(() -> load("dns:\n  resolvers: ['300.1.1.1']\n"))
        .isInstanceOf(ConfigException.class);
    assertThatThrownBy(() -> load("dns:\n  authoritativePort: 70000\n"))
        .hasMessageContaining("dns.authoritativePort");
  }

  @Test
  @DisplayName(
      "the watches' DNS question budget is read from watch.dnsQuestionsPerMinute, 20,000 when left"
          + " out, and 0 is named as a mistake")
  void watchBudget() throws IOException {
    assertThat(load("watch: {dnsQuestionsPerMinute: 3000}\n").watch().dnsQuestionsPerMinute())
        .isEqualTo(3000);
    assertThat(load("watch: {maxActive: 5}\n").watch().dnsQuestionsPerMinute()).isEqualTo(20_000);
    assertThatThrownBy(() -> load("watch: {dnsQuestionsPerMinute: 0}\n"))
        .hasMessageContaining("watch.dnsQuestionsPerMinute");
  }

  @Test
  @DisplayName("a missing directory is a clear error; a missing file means defaults")
  void missing() {
    assertThatThrownBy(() -> new ConfigLoader().load(dir.resolve("nope")))
        .hasMessageContaining("does not exist");
    assertThat(new ConfigLoader().load(dir).deadline()).isEqualTo(Duration.ofSeconds(8));
  }

  @Test
  @DisplayName("reads the chat sections and the rate limit, and names mistakes in them")
  void chatSections() throws IOException {
    BotConfig config =
        load(
            "rateLimit: {checksPerUserPerMinute: 5}\n"
                + "slack: {mode: http, http: {port: 3100, maxBodyReads: 3}, allowedTeams: [T1],"
                + " locales: {C9: it}}\n"
                + "discord: {restUrl: 'http://127.0.0.1:9/api/v10/', shards: {total: 4, from: 2, to: 3}}\n");

    assertThat(config.checksPerUserPerMinute()).isEqualTo(5);
    assertThat(config.slack().mode()).isEqualTo("http");
    assertThat(config.slack().httpPort()).isEqualTo(3100);
    assertThat(config.slack().httpPath()).isEqualTo("/slack/events");
    assertThat(config.slack().locales()).containsEntry("C9", "it");
    assertThat(config.slack().maxBodyReads()).isEqualTo(3);
    assertThat(config.discord().restUrl()).contains("http://127.0.0.1:9/api/v10/");
    assertThat(config.discord().shards().orElseThrow().from()).isEqualTo(2);

    assertThatThrownBy(() -> load("slack: {mode: websocket}\n")).hasMessageContaining("slack.mode");
    assertThatThrownBy(() -> load("slack: {locales: {T1: jp}}\n"))
        .hasMessageContaining("slack.locales.T1");
    assertThatThrownBy(() -> load("slack: {http: {maxBodyReads: 0}}\n"))
        .hasMessageContaining("slack.http.maxBodyReads: expected a number 1-2000, got 0");
    assertThatThrownBy(() -> load("discord: {shards: {total: 2, from: 1, to: 5}}\n"))
        .hasMessageContaining("discord.shards.to");
  }

  @Test
  @DisplayName("a symbolic link to a file is read; one that leads nowhere stops, never defaults")
  void symbolicLinks() throws IOException {
    Path real = Files.writeString(dir.resolve("real.yaml"), "locale: it\n");
    Path link = Files.createSymbolicLink(dir.resolve("mxbot.yaml"), real);
    assertThat(new ConfigLoader().load(dir).locale()).isEqualTo("it");

    Files.delete(real);
    assertThatThrownBy(() -> new ConfigLoader().load(dir))
        .isInstanceOf(ConfigException.class)
        .hasMessage(
            link
                + ": expected a regular file, got a symbolic link to "
                + real
                + ", which leads nowhere");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "locale: nl | locale | nl | one of en, it, fr, de, es, pl, pt",
        "locale: EN | locale | EN | one of en, it, fr, de, es, pl, pt",
        "slack: {locales: {T1: jp}} | slack.locales.T1 | jp | one of en, it, fr, de, es, pl, pt",
        "slack: {mode: websocket} | slack.mode | websocket | auto, socket or http",
        "ops: {logFormat: xml} | ops.logFormat | xml | text or json"
      })
  @DisplayName("an enumerated key refuses a value it does not list: file, key, value, expectation")
  void enumerated(String yaml, String key, String value, String expected) throws IOException {
    assertThatThrownBy(() -> load(yaml + "\n"))
        .isInstanceOf(ConfigException.class)
        .hasMessage(
            dir.resolve("mxbot.yaml")
                + ": "
                + key
                + ": expected "
                + expected
                + ", got \""
                + value
                + "\"");
  }

  @Test
  @DisplayName("MXBOT_LOCALE=nl is refused naming the variable")
  void localeVariable() {
    assertThatThrownBy(() -> new ConfigLoader(java.util.Map.of("MXBOT_LOCALE", "nl")).load(dir))
        .hasMessage(
            "environment variable MXBOT_LOCALE=nl (locale): expected one of en, it, fr, de, es,"
                + " pl, pt, got \"nl\"");
  }
}
