package dev.mxbot.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.IDN;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The display form of a name: what the JDK's IDN gives, with or without its tables loaded. */
@DisplayName("The Unicode form of a checked name")
class IdnLabelsTest {

  @ParameterizedTest(name = "[{index}] \"{0}\"")
  @ValueSource(
      strings = {
        "example.it",
        "example.it.",
        "EXAMPLE.IT",
        "a..b",
        ".",
        "",
        "mail-1.example.co.uk",
        "xn--caf-dma.fr",
        "XN--CAF-DMA.FR",
        "www.xn--caf-dma.fr.",
        "xn--zz.fr",
        "abcxn--def.it",
        "café.fr"
      })
  @DisplayName("is IDN.toUnicode's, for plain ASCII names, A-labels and Unicode alike")
  void sameAsTheJdk(String name) {
    assertThat(IdnLabels.toUnicode(name)).isEqualTo(IDN.toUnicode(name, IDN.USE_STD3_ASCII_RULES));
  }

  @ParameterizedTest(name = "[{index}] \"{0}\"")
  @ValueSource(
      strings = {
        "gov.it",
        ".GOV.IT.",
        "localhost",
        "a..b",
        "x.aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
        "xn--caf-dma.fr",
        "café.fr",
        ""
      })
  @DisplayName("a denied suffix from the configuration: as IDN.toASCII, lower case, or as typed")
  void deniedSuffixAsTheJdk(String suffix) {
    String s = HostnameRules.normalise(suffix.strip()).replaceAll("^\\.+|\\.+$", "");
    String jdk;
    try {
      jdk = IDN.toASCII(s, IDN.ALLOW_UNASSIGNED).toLowerCase(java.util.Locale.ROOT);
    } catch (IllegalArgumentException e) {
      jdk = s;
    }
    assertThat(DomainName.asciiSuffix(suffix)).isEqualTo(jdk);
  }
}
