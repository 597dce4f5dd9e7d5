package dev.mxbot.providers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * {@link HostNames#isValid} against the regular expression it replaced: same verdict on every name,
 * and the limits written out.
 */
@Label("host names in provider files")
class HostNamesTest {

  private static final String LABEL = "[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?";
  private static final Pattern NAME = Pattern.compile(LABEL + "(?:\\." + LABEL + ")*");

  private static boolean byRegex(String host, int minLabels) {
    String h = HostNames.bare(host);
    return h.length() <= 253 && NAME.matcher(h).matches() && h.split("\\.").length >= minLabels;
  }

  @Provide
  Arbitrary<String> names() {
    Arbitrary<String> label =
        Arbitraries.strings().withChars("ab9_-.Z é").ofMinLength(0).ofMaxLength(70);
    return Arbitraries.oneOf(
        label,
        label.list().ofMaxSize(5).map(l -> String.join(".", l)),
        Arbitraries.of(
            "mx1.mail.ovh.net",
            "mx1.mail.ovh.net.",
            " MX.OVH.COM ",
            "a..b",
            "-a.b",
            "a-.b",
            "_dmarc.example.it",
            "x",
            ".",
            "",
            "a.b.",
            "a." + "b".repeat(63) + ".c",
            "a." + "b".repeat(64) + ".c",
            "a.".repeat(126) + "b",
            "a.".repeat(127) + "b"));
  }

  @Property(tries = 3000)
  @Label("the same verdict as the regular expression, for one label or two")
  void sameAsRegex(@ForAll("names") String host) {
    assertThat(HostNames.isValid(host, 1)).as(host).isEqualTo(byRegex(host, 1));
    assertThat(HostNames.isValid(host, 2)).as(host).isEqualTo(byRegex(host, 2));
  }

  @Test
  void limits() {
    assertThat(HostNames.isValid("mx1.mail.ovh.net.", 2)).isTrue();
    assertThat(HostNames.isValid("localhost", 2)).isFalse();
    assertThat(HostNames.isValid("a-.ovh.net", 2)).isFalse();
    assertThat(HostNames.isValid("a." + "b".repeat(64) + ".net", 2)).isFalse();
    assertThat(HostNames.isValid("_domainkey.example.it", 2)).isTrue();
  }
}
