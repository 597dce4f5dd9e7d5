package dev.mxbot.checks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The corrected SPF record mxbot suggests when the provider's include is missing. */
@DisplayName("SPF record with the provider's include added")
class SpfSuggestionTest {

  @Test
  @DisplayName("the include goes before the all mechanism, the rest stays as written")
  void beforeAll() {
    assertThat(SpfCheck.withTerm("v=spf1 a mx ~all", "include:mx.ovh.com"))
        .isEqualTo("v=spf1 a mx include:mx.ovh.com ~all");
    assertThat(SpfCheck.withTerm("v=spf1 ip4:192.0.2.1 -ALL", "include:mx.ovh.com"))
        .isEqualTo("v=spf1 ip4:192.0.2.1 include:mx.ovh.com -ALL");
  }

  @Test
  @DisplayName("before redirect= when there is no all, at the end when there is neither")
  void beforeRedirectOrAtTheEnd() {
    assertThat(SpfCheck.withTerm("v=spf1 mx redirect=_spf.example.it", "include:mx.ovh.com"))
        .isEqualTo("v=spf1 mx include:mx.ovh.com redirect=_spf.example.it");
    assertThat(SpfCheck.withTerm("v=spf1  mx", "include:mx.ovh.com"))
        .isEqualTo("v=spf1 mx include:mx.ovh.com");
  }

  @Test
  @DisplayName("an all-like include name is not taken for the all mechanism")
  void allLikeNames() {
    assertThat(SpfCheck.withTerm("v=spf1 include:all.example ~all", "include:mx.ovh.com"))
        .isEqualTo("v=spf1 include:all.example include:mx.ovh.com ~all");
  }
}
