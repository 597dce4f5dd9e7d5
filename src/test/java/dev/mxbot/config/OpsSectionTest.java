package dev.mxbot.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mxbot.configfile.ConfigException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("The ops section of mxbot.yaml")
class OpsSectionTest {

  @TempDir Path dir;

  private BotConfig load(String yaml) throws IOException {
    Files.writeString(dir.resolve("mxbot.yaml"), yaml);
    return new ConfigLoader().load(dir);
  }

  @Test
  @DisplayName("left out, or in the shipped file: port 8080 on every interface, text logs")
  void defaults() throws IOException {
    assertThat(load("locale: en\n").ops()).isEqualTo(OpsSettings.DEFAULTS);
    assertThat(new ConfigLoader().load(Path.of("bot-config")).ops())
        .isEqualTo(new OpsSettings(8080, "0.0.0.0", "text"));
  }

  @Test
  @DisplayName("port, localhost-only binding and JSON logs are read")
  void values() throws IOException {
    OpsSettings ops = load("ops:\n  port: 9090\n  host: 127.0.0.1\n  logFormat: json\n").ops();

    assertThat(ops).isEqualTo(new OpsSettings(9090, "127.0.0.1", "json"));
    assertThat(ops.jsonLogs()).isTrue();
  }

  @Test
  @DisplayName("an unknown key, a bad port, host or format name the key, the value and the rule")
  void mistakes() {
    assertThatThrownBy(() -> load("ops:\n  listen: 8080\n"))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("ops.listen");
    assertThatThrownBy(() -> load("ops:\n  port: 0\n"))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("ops.port");
    assertThatThrownBy(() -> load("ops:\n  host: localhost\n"))
        .hasMessageContaining("ops.host")
        .hasMessageContaining("localhost")
        .hasMessageContaining("127.0.0.1");
    assertThatThrownBy(() -> load("ops:\n  logFormat: xml\n"))
        .hasMessageContaining("ops.logFormat")
        .hasMessageContaining("xml")
        .hasMessageContaining("text or json");
  }
}
