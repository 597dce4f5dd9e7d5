package dev.mxbot.guides;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mxbot.configfile.ConfigException;
import java.nio.file.Path;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Each kind of mistake in guides.yaml is reported with file, key path and expectation. */
class GuideCatalogValidationTest {

  private static final String DIR = "src/test/resources/guides/";

  private static AbstractThrowableAssert<?, ? extends Throwable> loading(String fixture) {
    return assertThatThrownBy(() -> GuideCatalog.load(Path.of(DIR + fixture), "home"))
        .isInstanceOf(ConfigException.class);
  }

  @Test
  @DisplayName("the minimal fixture loads")
  void validFixture() {
    assertThat(GuideCatalog.load(Path.of(DIR + "valid.yaml"), "home").guide("mx", "fr"))
        .map(Guide::url)
        .hasValue("https://docs.example.test/fr/guides/mx");
  }

  @Test
  @DisplayName("an unknown top-level key is named with the keys allowed")
  void unknownKey() {
    loading("unknown-key.yaml")
        .hasMessageStartingWith(DIR + "unknown-key.yaml: language: unknown key; expected one of");
  }

  @Test
  @DisplayName("a guide without an English title is refused")
  void missingEnglish() {
    loading("missing-en.yaml")
        .hasMessage(
            DIR
                + "missing-en.yaml: guides.spf.titles: expected a title in en (the fallback"
                + " language)");
  }

  @Test
  @DisplayName("a title in a language that is not listed is refused")
  void unknownLanguage() {
    loading("unknown-language.yaml")
        .hasMessage(
            DIR
                + "unknown-language.yaml: guides.spf.titles.fi: unknown language; expected one of"
                + " fr, en");
  }

  @Test
  @DisplayName("a plain-http URL template is refused")
  void httpTemplate() {
    loading("http-template.yaml")
        .hasMessageStartingWith(
            DIR + "http-template.yaml: urlTemplate: expected an https:// URL containing {path}");
  }

  @Test
  @DisplayName("a plain-http edit page is refused")
  void httpEditPage() {
    loading("http-edit-page.yaml")
        .hasMessage(
            DIR
                + "http-edit-page.yaml: dnsHostEditPages.cloudflare.url: expected an https:// URL,"
                + " got \"http://example.test/edit\"");
  }

  @Test
  @DisplayName("a rule pointing to an undefined guide names the guides defined")
  void unknownGuide() {
    loading("unknown-guide.yaml")
        .hasMessage(
            DIR
                + "unknown-guide.yaml: rules.areas.spf: expected a guide key defined under guides"
                + " (mx, spf), got \"spf-guide\"");
  }

  @Test
  @DisplayName("an unknown finding code is refused")
  void unknownCode() {
    loading("unknown-code.yaml")
        .hasMessageStartingWith(
            DIR + "unknown-code.yaml: rules.codes.MX_OLD: unknown finding code");
  }

  @Test
  @DisplayName("every area needs a default guide")
  void missingArea() {
    loading("missing-area.yaml")
        .hasMessage(
            DIR
                + "missing-area.yaml: rules.areas.dnsHost: missing; expected the default guide"
                + " of area dnsHost");
  }
}
