package dev.mxbot.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mxbot.configfile.ConfigException;
import dev.mxbot.testing.TreeCopy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The configuration directory read in parallel ({@code mxbot.yaml} beside the knowledge files), and
 * before the command line is parsed for a one-shot check: the same catalogs and the same first
 * error as one file after the other.
 */
@DisplayName("Reading bot-config/ in parallel")
class ConfigFilesLoadTest {

  @TempDir Path dir;

  @Test
  @DisplayName("gives the configuration and the catalogs of the directory")
  void readsEverything() {
    ConfigFilesLoad load = ConfigFilesLoad.of(Path.of("bot-config"));

    assertThat(load.config().locale()).isEqualTo("en");
    assertThat(load.knowledge().providers().home().id()).isEqualTo("ovhcloud");
    assertThat(load.knowledge().guides().languages()).contains("en", "it", "fr");
  }

  @Test
  @DisplayName("with mxbot.yaml and guides.yaml both wrong, mxbot.yaml's error comes first")
  void configurationErrorFirst() throws IOException {
    Path config = TreeCopy.botConfig(dir);
    Files.writeString(config.resolve("mxbot.yaml"), "locale: nl\n");
    Files.writeString(config.resolve("guides.yaml"), "[not a mapping\n");

    ConfigFilesLoad load = ConfigFilesLoad.of(config);

    assertThatThrownBy(load::config)
        .isInstanceOf(ConfigException.class)
        .hasMessageStartingWith(config.resolve("mxbot.yaml") + ": locale");
    assertThatThrownBy(load::knowledge)
        .isInstanceOf(ConfigException.class)
        .hasMessageStartingWith(config.resolve("guides.yaml").toString());
  }

  @Test
  @DisplayName("a knowledge file's error is thrown as it is, not wrapped")
  void knowledgeErrorAsItIs() throws IOException {
    Path config = TreeCopy.botConfig(dir);
    try (Stream<Path> providers = Files.list(config.resolve("providers"))) {
      for (Path file : providers.toList()) {
        Files.delete(file);
      }
    }

    ConfigFilesLoad load = ConfigFilesLoad.of(config);

    assertThat(load.config().locale()).isEqualTo("en");
    assertThatThrownBy(load::knowledge)
        .isExactlyInstanceOf(ConfigException.class)
        .hasMessageContaining("expected at least one provider *.yaml file");
  }

  @Test
  @DisplayName("check's --config is found before picocli parses: --config DIR, --config=DIR")
  void directoryFromArguments() {
    assertThat(ConfigFilesLoad.configDirectory(new String[] {"check", "example.it"}))
        .isEqualTo(Path.of("bot-config"));
    assertThat(
            ConfigFilesLoad.configDirectory(new String[] {"check", "--config", "/etc/mx", "a.it"}))
        .isEqualTo(Path.of("/etc/mx"));
    assertThat(ConfigFilesLoad.configDirectory(new String[] {"check", "--config=/etc/mx", "a.it"}))
        .isEqualTo(Path.of("/etc/mx"));
    assertThat(ConfigFilesLoad.configDirectory(new String[] {"check", "--", "--config=/etc/mx"}))
        .isEqualTo(Path.of("bot-config"));
  }

  @Test
  @DisplayName("a prefetch is taken by a command of the same directory, however it is written")
  void prefetchTakenOnce() throws IOException {
    Path config = TreeCopy.botConfig(dir);
    ConfigFilesLoad.prefetch(new String[] {"check", "--config", config.toString(), "a.it"});

    ConfigFilesLoad other = ConfigFilesLoad.of(dir.resolve("elsewhere"));
    ConfigFilesLoad taken = ConfigFilesLoad.of(config.resolve(".").resolve("providers/.."));
    ConfigFilesLoad again = ConfigFilesLoad.of(config);

    assertThat(taken).isNotSameAs(other).isNotSameAs(again);
    assertThat(taken.config().locale()).isEqualTo("en");
    assertThat(again.config().locale()).isEqualTo("en");
  }

  @Test
  @DisplayName("only check prefetches: other commands read when they run")
  void onlyCheck() throws IOException {
    Path config = TreeCopy.botConfig(dir);
    ConfigFilesLoad.prefetch(new String[] {"serve", "--config", config.toString()});
    ConfigFilesLoad.prefetch(new String[] {});

    assertThat(ConfigFilesLoad.prefetched(config)).isFalse();
  }
}
