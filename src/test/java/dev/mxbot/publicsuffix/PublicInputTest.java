package dev.mxbot.publicsuffix;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mxbot.core.InputPolicy;
import dev.mxbot.core.InputRefusal;
import dev.mxbot.core.ParsedDomain;
import dev.mxbot.i18n.Messages;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("/mx input with the shipped policy: only names that can be on the public internet")
class PublicInputTest {

  private static final InputPolicy POLICY =
      new InputPolicy(
          InputPolicy.DEFAULT_DENIED_SUFFIXES, new GuavaPublicSuffixes(), Messages.LANGUAGES);

  private static InputRefusal refused(String input) {
    ParsedDomain parsed = POLICY.parse(input);
    assertThat(parsed.isAccepted()).as("%s accepted as %s", input, parsed.domain()).isFalse();
    return parsed.refusal();
  }

  private static String english(InputRefusal refusal) {
    return Messages.of("en").get(refusal.messageKey(), refusal.params());
  }

  @ParameterizedTest(name = "{0} is under the special-use name .{1}")
  @DisplayName("special-use names are not allowed, and the sentence names the suffix")
  @CsvSource({
    "shop.test, test",
    "example.test, test",
    "www.example, example",
    "mail.invalid, invalid",
    "printer.localhost, localhost",
    "printer.local, local",
    "duckduckgogg42xjoc72x3sjasowoarfbgcmvfimaftt6twagswzczad.onion, onion",
    "foo.alt, alt",
    "router.home.arpa, home.arpa"
  })
  void specialUse(String input, String suffix) {
    InputRefusal refusal = refused(input);

    assertThat(refusal.code()).isEqualTo(InputRefusal.NOT_ALLOWED);
    assertThat(refusal.rule()).isEqualTo("denied_suffix");
    assertThat(refusal.params()).containsEntry("suffix", suffix);
    assertThat(english(refusal))
        .contains("\"" + input + "\" is under ." + suffix)
        .contains("can't be checked on the public DNS");
  }

  @ParameterizedTest(name = "{0} ends in .{1}, not a public top-level domain")
  @DisplayName("names outside the public top-level domains are not allowed, the sentence says so")
  @CsvSource({
    "printer.corp, corp",
    "nas.home, home",
    "kubernetes.default.svc, svc",
    "foo.bar.notatld, notatld",
    "https://wiki.intra.corp/page, corp",
    "user@mail.lab, lab"
  })
  void notPublic(String input, String tld) {
    InputRefusal refusal = refused(input);

    assertThat(refusal.code()).isEqualTo(InputRefusal.NOT_ALLOWED);
    assertThat(refusal.rule()).isEqualTo("not_public_tld");
    assertThat(refusal.params())
        .containsExactlyInAnyOrderEntriesOf(Map.of("input", input, "tld", tld));
    assertThat(english(refusal))
        .startsWith("\"" + input + "\" is not under a public top-level domain: ." + tld + " ");
  }

  @Test
  @DisplayName("the sentence comes in the agent's language")
  void agentsLanguage() {
    InputRefusal refusal = refused("printer.corp");

    assertThat(Messages.of("it").get(refusal.messageKey(), refusal.params()))
        .startsWith("\"printer.corp\" non è sotto un dominio di primo livello pubblico: .corp ");
    for (String lang : Messages.LANGUAGES) {
      assertThat(Messages.of(lang).get(refusal.messageKey(), refusal.params()))
          .as(lang)
          .contains("\"printer.corp\"", ".corp ")
          .doesNotContain("{");
    }
  }

  @ParameterizedTest(name = "{0} is checked as {1}")
  @DisplayName("IDNs and multi-label public suffixes are still accepted")
  @CsvSource({
    "caffè.it, xn--caff-8oa.it",
    "example.co.uk, example.co.uk",
    "foo.com.br, foo.com.br",
    "https://www.example.co.uk/contact, example.co.uk",
    "info@shop.com.br, shop.com.br",
    "ovh-customer.it, ovh-customer.it",
    "例え.jp, xn--r8jz45g.jp",
    "notlocal.com, notlocal.com",
    "test.com, test.com",
    "example.org, example.org"
  })
  void publicAccepted(String input, String ascii) {
    ParsedDomain parsed = POLICY.parse(input);

    assertThat(parsed.isAccepted()).as("%s refused: %s", input, parsed.refusal()).isTrue();
    assertThat(parsed.domain().ascii()).isEqualTo(ascii);
  }
}
