package dev.mxbot.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("InputPolicy: syntax, then denied suffixes, then the public-suffix port")
class InputPolicyTest {

  /** A port that knows only .it and records what it was asked. */
  private static final class OnlyIt implements PublicSuffixes {
    final List<String> asked = new ArrayList<>();

    @Override
    public boolean isPublic(DomainName name) {
      asked.add(name.ascii());
      return name.ascii().endsWith(".it");
    }
  }

  private final OnlyIt suffixes = new OnlyIt();
  private final InputPolicy policy =
      new InputPolicy(InputPolicy.DEFAULT_DENIED_SUFFIXES, suffixes, List.of("en"));

  @Test
  @DisplayName(
      "a name outside the public top-level domains is not allowed, shown as typed with its TLD")
  void notPublic() {
    InputRefusal refusal = policy.parse("  `Printer.CORP.` ").refusal();

    assertThat(refusal.code()).isEqualTo(InputRefusal.NOT_ALLOWED);
    assertThat(refusal.rule()).isEqualTo("not_public_tld");
    assertThat(refusal.params())
        .containsExactlyInAnyOrderEntriesOf(Map.of("input", "`Printer.CORP.`", "tld", "corp"));
  }

  @Test
  @DisplayName("an international top-level domain is shown as the agent reads it")
  void unicodeTld() {
    assertThat(policy.parse("例え。テスト").refusal().params()).containsEntry("tld", "テスト");
  }

  @Test
  @DisplayName("a public name passes untouched")
  void publicName() {
    assertThat(policy.parse("caffè.it").domain()).isEqualTo(DomainName.of("xn--caff-8oa.it"));
  }

  @Test
  @DisplayName("syntax and denied suffixes answer first: the port is never asked about them")
  void portAskedLast() {
    assertThat(policy.parse("shop.test").refusal().rule()).isEqualTo("denied_suffix");
    assertThat(policy.parse("a..corp").refusal().rule()).isEqualTo("empty_label");
    assertThat(suffixes.asked).isEmpty();
  }

  @Test
  @DisplayName("the special-use names of RFC 6761, 7686, 9476 and 8375 are denied by default")
  void specialUseDefaults() {
    assertThat(InputPolicy.DEFAULT_DENIED_SUFFIXES)
        .contains("test", "example", "invalid", "localhost", "local", "onion", "alt", "home.arpa")
        .contains("internal", "intranet", "lan", "arpa");
  }
}
