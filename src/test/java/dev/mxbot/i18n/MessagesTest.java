package dev.mxbot.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mxbot.core.FindingCode;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Message bundles")
class MessagesTest {

  private static Properties bundle(String lang) throws IOException {
    Properties properties = new Properties();
    try (InputStream in =
        MessagesTest.class.getResourceAsStream(
            "/dev/mxbot/i18n/messages_" + lang + ".properties")) {
      assertThat(in).as("bundle %s", lang).isNotNull();
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }

  private static Set<String> placeholders(String text) {
    Set<String> names = new TreeSet<>();
    Matcher m = Pattern.compile("\\{([A-Za-z0-9_]+)}").matcher(text);
    while (m.find()) {
      names.add(m.group(1));
    }
    return names;
  }

  @Test
  @DisplayName("English has a text for every finding code")
  void everyFinding() throws IOException {
    Properties en = bundle("en");
    for (FindingCode code : FindingCode.values()) {
      assertThat(en.getProperty(code.messageKey())).as(code.name()).isNotBlank();
    }
  }

  @ParameterizedTest(name = "{0} has every English key with the same placeholders")
  @ValueSource(strings = {"it", "fr", "de", "es", "pl", "pt"})
  void complete(String lang) throws IOException {
    Properties en = bundle("en");
    Properties other = bundle(lang);
    for (String key : en.stringPropertyNames()) {
      assertThat(other.getProperty(key)).as("%s %s", lang, key).isNotBlank();
      assertThat(placeholders(other.getProperty(key)))
          .as("%s %s", lang, key)
          .isEqualTo(placeholders(en.getProperty(key)));
    }
  }

  @Test
  @DisplayName("placeholders are replaced by name, apostrophes stay, unknown ones stay visible")
  void substitution() {
    Messages it = Messages.of("it");
    assertThat(it.get("finding.MX_TARGET_IP", Map.of("host", "192.0.2.1"))).contains("192.0.2.1");
    assertThat(Messages.of("en").get("finding.MX_HOME_CURRENT", Map.of("provider", "OVHcloud")))
        .contains("OVHcloud's")
        .contains("{found}");
  }

  @Test
  @DisplayName("unknown languages and regional variants fall back sensibly")
  void languages() {
    assertThat(Messages.of("pt-BR").lang()).isEqualTo("pt");
    assertThat(Messages.of("ja").lang()).isEqualTo("en");
    assertThat(Messages.of(null).lang()).isEqualTo("en");
    assertThat(Messages.of("en").get("no.such.key")).isEqualTo("no.such.key");
  }
}
