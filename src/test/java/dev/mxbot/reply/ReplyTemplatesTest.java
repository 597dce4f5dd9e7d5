package dev.mxbot.reply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mxbot.configfile.ConfigException;
import dev.mxbot.core.FindingCode;
import dev.mxbot.core.Severity;
import dev.mxbot.i18n.Messages;
import dev.mxbot.testing.TreeCopy;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The shipped templates of {@code bot-config/replies/}: every finding a reply can hold has its
 * paragraph in every language, and every placeholder a template uses is one the reply fills.
 */
@DisplayName("Customer reply templates")
class ReplyTemplatesTest {

  private static final Path DIR = Path.of("bot-config/replies");
  private static final ReplyScope SCOPE = ReplyScope.load(DIR);

  static Stream<Arguments> everyTemplateInEveryLanguage() {
    List<Arguments> all = new ArrayList<>();
    for (String lang : Messages.LANGUAGES) {
      for (String name : Placeholders.templates(SCOPE)) {
        all.add(Arguments.of(lang, name));
      }
    }
    return all.stream();
  }

  @ParameterizedTest(name = "{0}/{1}")
  @MethodSource("everyTemplateInEveryLanguage")
  @DisplayName("exists and uses only the placeholders the reply fills")
  void templateExistsWithKnownPlaceholders(String lang, String name) throws IOException {
    Path file = DIR.resolve(lang).resolve(name + ".mustache");
    assertThat(file).isRegularFile();
    String text = Files.readString(file, StandardCharsets.UTF_8);
    assertThat(ReplyTemplates.placeholders(text)).isSubsetOf(Placeholders.allowed(name));
    assertThat(text).doesNotContain("`").doesNotContain("{{>").isNotBlank();
  }

  @Test
  @DisplayName("every warning and error is classified in scope.yaml, in exactly one list")
  void everyWarningAndErrorClassified() {
    List<FindingCode> problems =
        Arrays.stream(FindingCode.values())
            .filter(c -> c.severity() == Severity.WARNING || c.severity() == Severity.ERROR)
            .toList();
    // load() refuses a code listed twice; here: none left out
    assertThat(SCOPE.listed().keySet()).as("classified in scope.yaml").containsAll(problems);
    assertThat(SCOPE.withParagraph())
        .contains(
            FindingCode.MX_HOME_OUTDATED,
            FindingCode.SPF_TOO_MANY_LOOKUPS,
            FindingCode.DMARC_NONE,
            FindingCode.DKIM_UNKNOWN,
            FindingCode.DANE_MISMATCH,
            FindingCode.NS_LAME)
        .doesNotContain(FindingCode.DOMAIN_LOOKUP_FAILED, FindingCode.NS_SERIAL_MISMATCH);
  }

  @Test
  @DisplayName("a paragraph for exactly the findings the scope may show, in every language")
  void coveredFindings() {
    for (String lang : Messages.LANGUAGES) {
      try (Stream<Path> files = Files.list(DIR.resolve(lang).resolve(Placeholders.FINDINGS_DIR))) {
        assertThat(files.map(p -> p.getFileName().toString().replace(".mustache", "")))
            .as("%s: no template for a finding the reply never shows, none missing", lang)
            .containsExactlyInAnyOrderElementsOf(
                SCOPE.withParagraph().stream().map(Enum::name).toList());
      } catch (IOException e) {
        throw new AssertionError(e);
      }
    }
  }

  @Test
  @DisplayName("scope.yaml: a code in two lists or an unknown code is refused, naming the file")
  void scopeMistakesRefused(@TempDir Path temp) throws IOException {
    Files.writeString(
        temp.resolve(ReplyScope.FILE), "customer:\n  - SPF_NONE\nnotForCustomer:\n  - SPF_NONE\n");
    assertThatThrownBy(() -> ReplyScope.load(temp))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("scope.yaml")
        .hasMessageContaining("SPF_NONE");
    Files.writeString(temp.resolve(ReplyScope.FILE), "customer:\n  - SPF_NOEN\n");
    assertThatThrownBy(() -> ReplyScope.load(temp))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("scope.yaml");
  }

  @Test
  @DisplayName("each template renders with every placeholder filled: nothing left unrendered")
  void everyTemplateRenders() {
    ReplyTemplates templates = ReplyTemplates.load(DIR, Messages.LANGUAGES);
    for (String lang : Messages.LANGUAGES) {
      for (String name : Placeholders.templates(SCOPE)) {
        String text = templates.render(lang, name, fullModel(name));
        assertThat(text).as("%s/%s", lang, name).isNotBlank().doesNotContain("{{");
        if (name.startsWith(Placeholders.FINDINGS_DIR) && !name.endsWith("DKIM_UNKNOWN")) {
          // every paragraph says where (the zone, the registrar, the DNS host) or links a guide
          assertThat(text).as("%s/%s names where", lang, name).containsAnyOf("WHERE", "GUIDE");
        }
      }
    }
  }

  @Test
  @DisplayName("a template with an unknown placeholder is refused, naming the file")
  void unknownPlaceholderRefused(@TempDir Path temp) throws IOException {
    TreeCopy.copy(DIR, temp);
    Path file = temp.resolve("de/findings/SPF_NONE.mustache");
    Files.writeString(file, Files.readString(file) + "{{recrod}}");
    assertThatThrownBy(() -> ReplyTemplates.load(temp, Messages.LANGUAGES))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("SPF_NONE.mustache")
        .hasMessageContaining("recrod");
  }

  @Test
  @DisplayName("a missing template or a backtick in one is refused")
  void missingOrBacktickRefused(@TempDir Path temp) throws IOException {
    TreeCopy.copy(DIR, temp);
    Files.delete(temp.resolve("pl/findings/DMARC_NONE.mustache"));
    assertThatThrownBy(() -> ReplyTemplates.load(temp, Messages.LANGUAGES))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("DMARC_NONE.mustache");
    TreeCopy.copy(DIR, temp);
    Files.writeString(temp.resolve("it/reply.mustache"), "Ciao ```{{body}}```");
    assertThatThrownBy(() -> ReplyTemplates.load(temp, Messages.LANGUAGES))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("backtick");
  }

  private static Map<String, Object> fullModel(String name) {
    Map<String, Object> model = new HashMap<>();
    for (String key : Placeholders.allowed(name)) {
      model.put(key, key.toUpperCase(java.util.Locale.ROOT));
    }
    model.put("atHome", Boolean.FALSE);
    model.put("mx", List.of(Map.of("priority", "1", "host", "mx0.example.")));
    model.put("records", List.of(Map.of("text", "v=spf1 -all")));
    return model;
  }

  @Test
  @DisplayName("the time is written from the TTL, rounded up, never a flat figure")
  void waitText() {
    assertThat(WaitText.of("7200")).contains("2 h");
    assertThat(WaitText.of("5400")).contains("1 h 30 min");
    assertThat(WaitText.of("300")).contains("5 min");
    assertThat(WaitText.of("61")).contains("2 min");
    assertThat(WaitText.of("30")).contains("30 s");
    assertThat(WaitText.of(null)).isEmpty();
    assertThat(WaitText.of("soon")).isEmpty();
  }
}
