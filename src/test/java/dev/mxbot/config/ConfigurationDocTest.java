package dev.mxbot.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("the configuration reference's examples are what mxbot does")
class ConfigurationDocTest {

  private static final Pattern VARIABLE = Pattern.compile("(MXBOT_[A-Z_]+)=(\\S+?)(?=:?\\s|$)");

  private static String section() throws IOException {
    String doc = Files.readString(Path.of("src/site/markdown/configuration.md"));
    int start = doc.indexOf("## Environment variables override any key");
    return doc.substring(start, doc.indexOf("## Secrets", start));
  }

  private static String block(String section, String language) {
    int start = section.indexOf("```" + language + "\n") + language.length() + 4;
    return section.substring(start, section.indexOf("```", start));
  }

  @Test
  @DisplayName("the example's variables are accepted and take effect")
  void example() throws IOException {
    Map<String, String> env = new LinkedHashMap<>();
    Matcher m = VARIABLE.matcher(block(section(), "sh"));
    while (m.find()) {
      env.put(m.group(1), m.group(2));
    }

    BotConfig config = new ConfigLoader(env).load(Path.of("bot-config"));

    assertThat(env).hasSize(3);
    assertThat(config.resolvers()).hasSize(2);
    assertThat(config.deadline()).isEqualTo(Duration.ofSeconds(10));
    assertThat(config.locale()).isEqualTo("it");
  }

  @Test
  @DisplayName("the error messages shown are the real ones, word for word")
  void messages() throws IOException {
    List<String> lines = block(section(), "text").lines().toList();

    assertThat(lines).hasSize(2);
    for (String line : lines) {
      Matcher m = VARIABLE.matcher(line);
      assertThat(m.find()).as(line).isTrue();
      Map<String, String> env = Map.of(m.group(1), m.group(2));
      assertThatThrownBy(() -> new ConfigLoader(env).load(Path.of("bot-config"))).hasMessage(line);
    }
  }
}
