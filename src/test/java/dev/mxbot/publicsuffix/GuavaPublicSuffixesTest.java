package dev.mxbot.publicsuffix;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mxbot.core.DomainName;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("The public-suffix list (Guava's copy)")
class GuavaPublicSuffixesTest {

  private final GuavaPublicSuffixes suffixes = new GuavaPublicSuffixes();

  @ParameterizedTest(name = "{0} is public")
  @DisplayName("names under a top-level domain of the public DNS are public")
  @ValueSource(
      strings = {
        "example.com",
        "caffè.it",
        "example.co.uk",
        "foo.com.br",
        "shop.xn--p1ai",
        "foo.ck",
        "github.io",
        "co.uk"
      })
  void publicNames(String name) {
    assertThat(suffixes.isPublic(DomainName.of(name))).isTrue();
  }

  @ParameterizedTest(name = "{0} is not public")
  @DisplayName("names under an internal or unknown top-level domain are not")
  @ValueSource(
      strings = {
        "printer.corp",
        "nas.home",
        "kubernetes.default.svc",
        "foo.bar.notatld",
        "shop.test",
        "www.example",
        "foo.alt",
        "printer.local",
        "example.1abc"
      })
  void internalNames(String name) {
    assertThat(suffixes.isPublic(DomainName.of(name))).isFalse();
  }
}
