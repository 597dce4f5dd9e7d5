package dev.mxbot.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mxbot.configfile.ConfigException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("The store section of mxbot.yaml")
class StoreSectionTest {

  @TempDir Path dir;

  private BotConfig load(String yaml, Map<String, String> env) throws IOException {
    Files.writeString(dir.resolve("mxbot.yaml"), yaml);
    return new ConfigLoader(env).load(dir);
  }

  @Test
  @DisplayName("left out, or as shipped: the embedded H2 file under ./data, kept 90 days")
  void defaults() throws IOException {
    StoreSettings shipped = new ConfigLoader(Map.of()).load(Path.of("bot-config")).store();
    assertThat(shipped.url()).as("the shipped file names no URL").isEmpty();
    assertThat(shipped.retention()).isEqualTo(Duration.ofDays(90));
    assertThat(load("locale: en\n", Map.of()).store()).isEqualTo(StoreSettings.DEFAULTS);
    assertThat(StoreSettings.DEFAULT_URL).isEqualTo("jdbc:h2:file:./data/mxbot");
  }

  @Test
  @DisplayName("url, user and retention are read; MXBOT_STORE_URL overrides")
  void values() throws IOException {
    StoreSettings store =
        load(
                "store:\n  url: jdbc:postgresql://127.0.0.1:5432/mxbot\n  user: mxbot\n"
                    + "  retention: 30d\n",
                Map.of())
            .store();
    assertThat(store)
        .isEqualTo(
            new StoreSettings(
                Optional.of("jdbc:postgresql://127.0.0.1:5432/mxbot"),
                Optional.of("mxbot"),
                Duration.ofDays(30)));
    assertThat(load("locale: en\n", Map.of("MXBOT_STORE_URL", "none")).store().enabled()).isFalse();
  }

  @Test
  @DisplayName("store.password is refused, naming the secret; the secret's variables are no key")
  void passwordIsASecret() throws IOException {
    assertThatThrownBy(() -> load("store:\n  password: hunter2\n", Map.of()))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("store.password")
        .hasMessageContaining("MXBOT_STORE_PASSWORD")
        .hasMessageNotContaining("hunter2");
    BotConfig config =
        load(
            "locale: en\n",
            Map.of("MXBOT_STORE_PASSWORD", "s3cret", "MXBOT_STORE_PASSWORD_FILE", "/nowhere"));
    assertThat(config.store()).isEqualTo(StoreSettings.DEFAULTS);
    assertThat(new Secrets(Map.of("MXBOT_STORE_PASSWORD", "s3cret")).get(Secrets.STORE_PASSWORD))
        .contains("s3cret");
  }

  @Test
  @DisplayName("another database, or a bad retention, names the key and what is expected")
  void mistakes() {
    assertThatThrownBy(() -> load("store:\n  url: jdbc:mysql://db/mxbot\n", Map.of()))
        .hasMessageContaining("store.url")
        .hasMessageContaining("jdbc:postgresql://");
    assertThatThrownBy(() -> load("store:\n  retention: forever\n", Map.of()))
        .hasMessageContaining("store.retention");
    assertThatThrownBy(() -> load("store:\n  path: x\n", Map.of()))
        .hasMessageContaining("store.path");
  }

  @Test
  @DisplayName("a URL is shown without its password")
  void shownUrl() {
    assertThat(StoreUrls.shown("jdbc:postgresql://h/db?user=a&password=s3cret&ssl=true"))
        .isEqualTo("jdbc:postgresql://h/db?user=a&password=***&ssl=true");
  }
}
