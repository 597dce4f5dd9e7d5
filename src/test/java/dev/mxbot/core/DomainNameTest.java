package dev.mxbot.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("DomainName: what an agent types becomes the domain to check")
class DomainNameTest {

  static final List<String> DENIED =
      List.of("localhost", "local", "internal", "intranet", "lan", "home.arpa", "arpa", "invalid");

  static DomainName accepted(String input) {
    ParsedDomain parsed = DomainName.parse(input, DENIED);
    assertThat(parsed.refusal()).as("refusal of %s", input).isNull();
    return parsed.domain();
  }

  @ParameterizedTest(name = "/mx {0}  checks example.com")
  @DisplayName("every form of the contract and the usual pastes name the same domain")
  @ValueSource(
      strings = {
        "example.com",
        "Example.COM.",
        "EXAMPLE.com",
        "user@example.com",
        "first.last+tag@example.com",
        "mailto:a@example.com",
        "MAILTO:a@example.com?subject=Hello",
        "<a@example.com>",
        "https://example.com/path",
        "http://example.com",
        "HTTPS://user:secret@example.com:8443/a/b?q=1&r=2#frag",
        "https://example.com:/",
        "//example.com/path",
        "example.com/path",
        "example.com:443",
        "example.com?x=1",
        "example.com#top",
        "  example.com  ",
        "\texample.com\n",
        "\u200Bexample.com\uFEFF",
        "<http://example.com|example.com>",
        "<http://example.com>",
        "<https://example.com>",
        "<mailto:a@example.com|a@example.com>",
        "<|example.com>",
        "\"example.com\"",
        "'example.com'",
        "`example.com`",
        "```example.com```",
        "“example.com”",
        "\"<mailto:a@example.com|a@example.com>\"",
        "ｅｘａｍｐｌｅ.com",
        "ｅｘａｍｐｌｅ．ｃｏｍ",
        "example。com",
        "example｡com",
        "ｈｔｔｐｓ：／／example.com／path"
      })
  void acceptedForms(String input) {
    assertThat(accepted(input)).isEqualTo(new DomainName("example.com", "example.com"));
  }

  @Test
  @DisplayName("a website address is checked without its www: the mail is at the domain")
  void websiteDropsWww() {
    assertThat(accepted("https://www.example.com/path").ascii()).isEqualTo("example.com");
    assertThat(accepted("www.example.com/path").ascii()).isEqualTo("example.com");
    assertThat(accepted("<http://www.example.com|www.example.com>").ascii())
        .isEqualTo("example.com");
    assertThat(accepted("https://shop.example.com/").ascii()).isEqualTo("shop.example.com");
    assertThat(accepted("https://www.com/").ascii()).isEqualTo("www.com");
  }

  @Test
  @DisplayName("a name typed as such keeps its www: the agent asked about that exact name")
  void typedNameKeepsWww() {
    assertThat(accepted("www.example.com").ascii()).isEqualTo("www.example.com");
    assertThat(accepted("user@www.example.com").ascii()).isEqualTo("www.example.com");
  }

  @Test
  @DisplayName("a URL path with an @ (medium.com/@user) is a path, not an address")
  void atInPath() {
    assertThat(accepted("www.example.com/@user").ascii()).isEqualTo("example.com");
  }

  @ParameterizedTest(name = "{0} is checked as {1} and shown as {2}")
  @DisplayName("internationalised names are checked in A-label form and shown in Unicode")
  @CsvSource({
    "caffè.it, xn--caff-8oa.it, caffè.it",
    "CAFFÈ.IT, xn--caff-8oa.it, caffè.it",
    "Caffè.it., xn--caff-8oa.it, caffè.it",
    "bücher.de, xn--bcher-kva.de, bücher.de",
    "info@bücher.de, xn--bcher-kva.de, bücher.de",
    "https://bücher.de/shop, xn--bcher-kva.de, bücher.de",
    "例え.テスト, xn--r8jz45g.xn--zckzah, 例え.テスト",
    "例え。テスト, xn--r8jz45g.xn--zckzah, 例え.テスト",
    "xn--caff-8oa.it, xn--caff-8oa.it, caffè.it",
    "XN--CAFF-8OA.IT, xn--caff-8oa.it, caffè.it",
    "<http://xn--caff-8oa.it|caffè.it>, xn--caff-8oa.it, caffè.it"
  })
  void idn(String input, String ascii, String unicode) {
    assertThat(accepted(input)).isEqualTo(new DomainName(ascii, unicode));
  }

  @Test
  @DisplayName("a decomposed è (e + combining grave) is the same name as the composed one")
  void nfkc() {
    assertThat(accepted("caffe\u0300.it").ascii()).isEqualTo("xn--caff-8oa.it");
  }

  @Test
  @DisplayName("of() builds trusted names and throws on bad ones, without unwrapping URLs")
  void of() {
    assertThat(DomainName.of("Caffè.it.")).isEqualTo(new DomainName("xn--caff-8oa.it", "caffè.it"));
    assertThat(DomainName.of("xn--caff-8oa.it").unicode()).isEqualTo("caffè.it");
    assertThatThrownBy(() -> DomainName.of("localhost"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("single_label");
    assertThatThrownBy(() -> DomainName.of("user@example.com"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("bad_character");
  }

  @Test
  @DisplayName("fqdn and child names are built from the A-label form")
  void fqdnAndChild() {
    DomainName caffe = DomainName.of("caffè.it");
    assertThat(caffe.fqdn()).isEqualTo("xn--caff-8oa.it.");
    assertThat(caffe.child("_dmarc")).isEqualTo("_dmarc.xn--caff-8oa.it.");
    assertThat(caffe).hasToString("xn--caff-8oa.it");
  }
}
