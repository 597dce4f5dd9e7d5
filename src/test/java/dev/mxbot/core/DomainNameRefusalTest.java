package dev.mxbot.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("DomainName: refused input says what was wrong, with what was received")
class DomainNameRefusalTest {

  static InputRefusal refusal(String input) {
    ParsedDomain parsed = DomainName.parse(input, DomainNameTest.DENIED);
    assertThat(parsed.isAccepted()).as("%s accepted as %s", input, parsed.domain()).isFalse();
    return parsed.refusal();
  }

  static void assertRefused(String input, String code, String rule, Map<String, String> params) {
    InputRefusal refusal = refusal(input);
    assertThat(refusal.code()).isEqualTo(code);
    assertThat(refusal.rule()).isEqualTo(rule);
    assertThat(refusal.messageKey()).isEqualTo("input." + rule);
    assertThat(refusal.params()).containsExactlyInAnyOrderEntriesOf(params);
  }

  @ParameterizedTest(name = "/mx [{0}] is empty")
  @DisplayName("empty or blank input is INPUT_EMPTY so the adapter can show usage")
  @ValueSource(strings = {"", " ", "\t\n ", "\u200B"})
  void empty(String input) {
    assertRefused(input, InputRefusal.EMPTY, "empty", Map.of("input", ""));
    assertThat(DomainName.parse(null, List.of()).refusal().rule()).isEqualTo("empty");
  }

  @Test
  @DisplayName("a 63-character label is fine, a 64-character one is refused with its length")
  void labelLength() {
    String ok = "a".repeat(63) + ".com";
    String tooLong = "a".repeat(64);
    assertThat(DomainName.parse(ok, List.of()).isAccepted()).isTrue();
    assertRefused(
        tooLong + ".com",
        InputRefusal.INVALID,
        "label_too_long",
        Map.of("input", tooLong + ".com", "label", tooLong, "length", "64", "max", "63"));
  }

  @Test
  @DisplayName("a 253-character name is fine, 254 is refused, a trailing dot not counted")
  void nameLength() {
    String name253 =
        "a".repeat(63) + "." + "b".repeat(63) + "." + "c".repeat(63) + "." + "d".repeat(61);
    assertThat(name253).hasSize(253);
    assertThat(DomainName.parse(name253 + ".", List.of()).domain().ascii()).isEqualTo(name253);
    String name254 = name253 + "d";
    assertThat(name254).hasSize(254);
    InputRefusal refusal = refusal(name254);
    assertThat(refusal.rule()).isEqualTo("too_long");
    assertThat(refusal.params()).contains(entry("length", "254"), entry("max", "253"));
    assertThat(refusal.params().get("input")).hasSize(101).endsWith("…");
  }

  @Test
  @DisplayName("a huge paste is refused at once as too long")
  void hugeInput() {
    InputRefusal refusal = refusal("a.".repeat(500_000) + "com");
    assertThat(refusal.rule()).isEqualTo("too_long");
    assertThat(refusal.params()).contains(entry("length", "1000003"));
  }

  @ParameterizedTest(name = "{0} has an empty label")
  @DisplayName("empty labels are refused")
  @ValueSource(strings = {"a..b.com", ".example.com", "example.com..", "."})
  void emptyLabel(String input) {
    assertThat(refusal(input).rule()).isIn("empty_label", "no_domain");
  }

  @ParameterizedTest(name = "{0} has the bad character {1}")
  @DisplayName("characters outside hostname syntax are named, invisible ones as U+XXXX")
  @CsvSource(
      delimiter = '|',
      value = {
        "ex_ample.com|_",
        "example.com,|,",
        "example,com|,",
        "example.com;|;",
        "example.com)|)",
        "exa!mple.com|!",
        "example.com:abc|:",
        "exa\u200Bmple.com|U+200B",
        "ex\u00ADample.com|U+00AD",
        "caf\u200Dfè.it|U+200D"
      })
  void badCharacter(String input, String character) {
    assertRefused(
        input, InputRefusal.INVALID, "bad_character", Map.of("input", input, "char", character));
  }

  @ParameterizedTest(name = "{0}: label {1} starts or ends with a hyphen")
  @DisplayName("labels starting or ending with a hyphen are refused")
  @CsvSource({"-example.com, -example", "example-.com, example-", "www.example.-com, -com"})
  void hyphenEdge(String input, String label) {
    assertRefused(
        input, InputRefusal.INVALID, "hyphen_edge", Map.of("input", input, "label", label));
  }

  @ParameterizedTest(name = "{0}: label {1} is no valid IDN")
  @DisplayName("invalid internationalised labels are refused, never rewritten to another name")
  @CsvSource({"xn--zz.it, xn--zz", "ا1.com, ا1", "faß.de, faß", "xn--fa-hia.de, xn--fa-hia"})
  void badIdn(String input, String label) {
    assertRefused(input, InputRefusal.INVALID, "bad_idn", Map.of("input", input, "label", label));
  }

  @ParameterizedTest(name = "{0} is the IP address {1}")
  @DisplayName("IP addresses are refused, bare, bracketed, in URLs or in addresses")
  @CsvSource(
      delimiter = '|',
      value = {
        "192.0.2.1|192.0.2.1",
        "192.0.2.1.|192.0.2.1",
        "http://192.0.2.1:8080/x|192.0.2.1",
        "[192.0.2.1]|192.0.2.1",
        "postmaster@[192.0.2.1]|192.0.2.1",
        "2001:db8::1|2001:db8::1",
        "::1|::1",
        "[::1]|::1",
        "https://[2001:db8::1]:443/|2001:db8::1",
        "<http://[::1]>|::1"
      })
  void ipAddress(String input, String address) {
    assertRefused(
        input, InputRefusal.INVALID, "ip_address", Map.of("input", input, "address", address));
  }

  @ParameterizedTest(name = "{0} is a single label")
  @DisplayName("single-label names are refused")
  @CsvSource({"localhost, localhost", "com, com", "https://intranet/, intranet", "it., it"})
  void singleLabel(String input, String label) {
    assertRefused(
        input, InputRefusal.INVALID, "single_label", Map.of("input", input, "label", label));
  }

  @Test
  @DisplayName("an all-numeric top-level domain is refused")
  void numericTld() {
    assertRefused(
        "example.123",
        InputRefusal.INVALID,
        "numeric_tld",
        Map.of("input", "example.123", "tld", "123"));
  }

  @ParameterizedTest(name = "{0} is under the denied suffix {1}")
  @DisplayName("names equal to or under a denied suffix are not allowed")
  @CsvSource({
    "printer.local, local",
    "PRINTER.Local., local",
    "a.b.home.arpa, home.arpa",
    "home.arpa, home.arpa",
    "2.0.192.in-addr.arpa, arpa",
    "https://wiki.corp.internal/page, internal",
    "example.invalid, invalid"
  })
  void deniedSuffix(String input, String suffix) {
    assertRefused(
        input, InputRefusal.NOT_ALLOWED, "denied_suffix", Map.of("input", input, "suffix", suffix));
  }

  @ParameterizedTest(name = "{0} is allowed")
  @DisplayName("the denied-suffix match stops at label boundaries")
  @ValueSource(strings = {"notlocal.com", "local.com", "arpa.example.org", "mylan.it"})
  void deniedSuffixBoundary(String input) {
    assertThat(DomainName.parse(input, DomainNameTest.DENIED).isAccepted()).isTrue();
  }

  @Test
  @DisplayName("configured suffixes are matched whatever their case, dots or script")
  void deniedSuffixNormalised() {
    List<String> denied = List.of(".Corp.", "caffè.it");
    assertThat(DomainName.parse("a.corp", denied).refusal().params())
        .containsEntry("suffix", "corp");
    assertThat(DomainName.parse("shop.caffè.it", denied).refusal().params())
        .containsEntry("suffix", "xn--caff-8oa.it");
  }

  @ParameterizedTest(name = "[{0}] holds several words")
  @DisplayName("more than one word is refused: one domain per question")
  @ValueSource(
      strings = {
        "example.com example.org",
        "example .com",
        "John <john@example.com>",
        "example.com\nexample.org",
        "\"example.com and more\""
      })
  void severalWords(String input) {
    InputRefusal refusal = refusal(input);
    assertThat(refusal.rule()).isEqualTo("several_words");
    assertThat(refusal.params().get("input")).doesNotContain("\n");
  }

  @ParameterizedTest(name = "[{0}] holds no domain")
  @DisplayName("a link or address with nothing where the domain should be is refused")
  @ValueSource(strings = {"user@", "https://", "mailto:", "<>", "\"\"", "https:///path"})
  void noDomain(String input) {
    assertRefused(input, InputRefusal.INVALID, "no_domain", Map.of("input", input));
  }
}
