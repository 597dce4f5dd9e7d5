package dev.mxbot.chat;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mxbot.core.CheckOptions;
import dev.mxbot.core.InputRefusal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("/mx text: the domain and its options")
class MxRequestTest {

  static final Set<String> LANGS = Set.of("en", "it", "fr");

  static MxRequest accepted(String text) {
    ParsedRequest parsed = MxRequest.parse(text, LANGS);
    assertThat(parsed.refusal()).as("refusal of %s", text).isNull();
    return parsed.request();
  }

  static InputRefusal refused(String text) {
    ParsedRequest parsed = MxRequest.parse(text, LANGS);
    assertThat(parsed.isAccepted()).as("%s accepted", text).isFalse();
    return parsed.refusal();
  }

  @Test
  @DisplayName("/mx caffè.it dkim=sel1 dkim=sel2 lang=it share gives all four parts")
  void allOptions() {
    assertThat(accepted("caffè.it dkim=sel1 dkim=sel2 lang=it share"))
        .isEqualTo(new MxRequest("caffè.it", List.of("sel1", "sel2"), Optional.of("it"), true));
  }

  @Test
  @DisplayName("/mx example.com alone asks for no option, private answer, default language")
  void domainOnly() {
    MxRequest request = accepted("  example.com  ");
    assertThat(request).isEqualTo(new MxRequest("example.com", List.of(), Optional.empty(), false));
    assertThat(request.checkOptions()).isEqualTo(CheckOptions.NONE);
  }

  @ParameterizedTest(name = "/mx {0}")
  @DisplayName("options may come first, keys in any case, values normalised")
  @ValueSource(
      strings = {
        "DKIM=Sel1 Lang=IT SHARE example.com",
        "share example.com\tdkim=sel1 lang=it",
        "lang=it-IT dkim=SEL1 example.com share",
        "dkim=sel1 example.com dkim=sel1 lang=it_it lang=it Share"
      })
  void optionsAnywhere(String text) {
    assertThat(accepted(text))
        .isEqualTo(new MxRequest("example.com", List.of("sel1"), Optional.of("it"), true));
  }

  @ParameterizedTest(name = "/mx {0} keeps the token whole")
  @DisplayName("Slack links, URLs with queries and addresses are the domain token, not options")
  @ValueSource(
      strings = {
        "<http://example.com|example.com>",
        "<mailto:a@example.com|a@example.com>",
        "https://example.com/?lang=it&dkim=x",
        "a@example.com"
      })
  void domainTokens(String text) {
    assertThat(accepted(text + " share").domainInput()).isEqualTo(text);
  }

  @ParameterizedTest(name = "selector {0} is accepted as {1}")
  @DisplayName("DKIM selectors are dot-separated labels of letters, digits, hyphen, underscore")
  @CsvSource({
    "selector1, selector1",
    "Google, google",
    "s1024-2013-q3, s1024-2013-q3",
    "k_1.mail, k_1.mail",
    "selector1-contoso-com, selector1-contoso-com"
  })
  void goodSelector(String selector, String expected) {
    assertThat(accepted("example.com dkim=" + selector).dkimSelectors()).containsExactly(expected);
  }

  @ParameterizedTest(name = "dkim=[{0}] is refused")
  @DisplayName("bad DKIM selectors are refused, showing what was received")
  @ValueSource(
      strings = {"", "sel..1", ".sel", "sel.", "sel!", "sèl", "sel1._domainkey.example.com"})
  void badSelector(String selector) {
    InputRefusal refusal = refused("example.com dkim=" + selector);
    assertThat(refusal.code()).isEqualTo(InputRefusal.INVALID);
    assertThat(refusal.messageKey()).isEqualTo("input.bad_selector");
    assertThat(refusal.params()).isEqualTo(Map.of("selector", selector));
  }

  @Test
  @DisplayName("a selector label of 63 characters is fine, 64 is refused")
  void selectorLabelLength() {
    assertThat(accepted("example.com dkim=" + "s".repeat(63)).dkimSelectors()).hasSize(1);
    assertThat(refused("example.com dkim=" + "s".repeat(64)).rule()).isEqualTo("bad_selector");
  }

  @Test
  @DisplayName("more than ten distinct selectors are refused: each costs DNS queries")
  void tooManySelectors() {
    String ten =
        "example.com dkim=s1 dkim=s2 dkim=s3 dkim=s4 dkim=s5 dkim=s6 dkim=s7 dkim=s8"
            + " dkim=s9 dkim=s10";
    assertThat(accepted(ten + " dkim=s10").dkimSelectors()).hasSize(10);
    InputRefusal refusal = refused(ten + " dkim=s11");
    assertThat(refusal.rule()).isEqualTo("too_many_selectors");
    assertThat(refusal.params()).isEqualTo(Map.of("count", "11", "max", "10"));
  }

  @ParameterizedTest(name = "lang=[{0}] is answered in the default language, with a note")
  @DisplayName("a language mxbot does not speak is kept aside, not refused")
  @ValueSource(strings = {"de", "ita", "xx-IT", "ja"})
  void unsupportedLang(String lang) {
    MxRequest request = accepted("example.com lang=" + lang);
    assertThat(request.lang()).isEmpty();
    assertThat(request.unsupportedLang()).contains(lang);
  }

  @ParameterizedTest(name = "lang=[{0}] is refused")
  @DisplayName("something that is not a language code is refused, listing the supported ones")
  @ValueSource(strings = {"", "i", "12", "-en"})
  void badLang(String lang) {
    InputRefusal refusal = refused("example.com lang=" + lang);
    assertThat(refusal.messageKey()).isEqualTo("input.bad_lang");
    assertThat(refusal.params()).isEqualTo(Map.of("lang", lang, "supported", "en, fr, it"));
  }

  @Test
  @DisplayName("two different languages are refused as a duplicate option")
  void twoLangs() {
    InputRefusal refusal = refused("example.com lang=it lang=fr");
    assertThat(refusal.rule()).isEqualTo("duplicate_option");
    assertThat(refusal.params()).isEqualTo(Map.of("option", "lang", "first", "it", "second", "fr"));
  }

  @ParameterizedTest(name = "/mx {0} has the unknown option {1}")
  @DisplayName("unknown options are refused, listing the known ones")
  @CsvSource({
    "example.com foo=bar, foo=bar",
    "Selector=x example.com, Selector=x",
    "share=yes example.com, share=yes"
  })
  void unknownOption(String text, String option) {
    InputRefusal refusal = refused(text);
    assertThat(refusal.code()).isEqualTo(InputRefusal.INVALID);
    assertThat(refusal.rule()).isEqualTo("unknown_option");
    assertThat(refusal.params())
        .isEqualTo(
            Map.of("option", option, "known", "dkim=<selector>, lang=<xx>, reply=<xx>, share"));
  }

  @ParameterizedTest(name = "/mx {0} checks each domain")
  @DisplayName("several domains in one /mx, by spaces or commas, are checked one by one")
  @ValueSource(
      strings = {
        "example.com dkim=s1 example.org",
        "example.com,example.org dkim=s1",
        "example.com, example.org dkim=s1",
        "example.com example.org example.com dkim=s1"
      })
  void severalDomains(String text) {
    MxRequest request = MxRequest.parse(text, LANGS).request();
    assertThat(request.domainInputs()).containsExactly("example.com", "example.org");
    assertThat(request.dkimSelectors()).containsExactly("s1");
    assertThat(request.commandText("example.org")).isEqualTo("example.org dkim=s1");
  }

  @Test
  @DisplayName("more than five domains are refused, saying how many at most")
  void tooManyDomains() {
    InputRefusal refusal = refused("a.it b.it c.it d.it e.it f.it");
    assertThat(refusal.rule()).isEqualTo("too_many_domains");
    assertThat(refusal.params()).isEqualTo(Map.of("count", "6", "max", "5"));
  }

  @Test
  @DisplayName("a comma inside a URL is part of the URL, not a second domain")
  void commaInUrl() {
    assertThat(MxRequest.parse("https://example.com/a,b", LANGS).request().domainInputs())
        .containsExactly("https://example.com/a,b");
  }

  @ParameterizedTest(name = "/mx {0} asks for help")
  @DisplayName("help, HELP, ? and --help alone ask for help")
  @ValueSource(strings = {"help", " HELP ", "?", "--help"})
  void help(String text) {
    assertThat(MxRequest.parse(text, LANGS)).isEqualTo(ParsedRequest.HELP);
  }

  @ParameterizedTest(name = "/mx [{0}] is empty")
  @DisplayName("no domain at all is INPUT_EMPTY, so the adapter shows usage help")
  @ValueSource(strings = {"", "   ", "\u00A0\n", "share", "dkim=sel1 lang=it"})
  void empty(String text) {
    InputRefusal refusal = refused(text);
    assertThat(refusal.code()).isEqualTo(InputRefusal.EMPTY);
    assertThat(refusal.messageKey()).isEqualTo("input.empty");
    assertThat(MxRequest.parse(null, LANGS).refusal().rule()).isEqualTo("empty");
  }

  @Test
  @DisplayName("what is shown back is cut to 100 characters")
  void displayCut() {
    InputRefusal refusal = refused("example.com dkim=" + "s!".repeat(100));
    assertThat(refusal.params().get("selector")).hasSize(101).endsWith("…");
  }
}
