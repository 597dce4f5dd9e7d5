package dev.mxbot.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** {@code /mx watch|watches|unwatch} as typed in Slack, and in Discord's domain field. */
class WatchRequestTest {

  private static ParsedRequest parse(String text) {
    return MxRequest.parse(text, Set.of("en", "it"));
  }

  @Test
  @DisplayName("watch <domain> [for=…] [share] in any order and case")
  void watch() {
    WatchCommand plain = parse("watch example.it").watch();
    assertThat(plain.kind()).isEqualTo(WatchCommand.Kind.WATCH);
    assertThat(plain.domainInput()).isEqualTo("example.it");
    assertThat(plain.length()).isEmpty();
    assertThat(plain.share()).isFalse();

    WatchCommand full = parse("  WATCH share Caffè.it FOR=24h ").watch();
    assertThat(full.domainInput()).isEqualTo("Caffè.it");
    assertThat(full.length()).contains(Duration.ofHours(24));
    assertThat(full.share()).isTrue();
    assertThat(parse("watch a.it for=90m").watch().length()).contains(Duration.ofMinutes(90));
    assertThat(parse("watch a.it for=2d").watch().length()).contains(Duration.ofDays(2));
  }

  @Test
  @DisplayName("watches and unwatch <domain>")
  void listAndEnd() {
    assertThat(parse("watches").watch())
        .isEqualTo(new WatchCommand(WatchCommand.Kind.WATCHES, "", Optional.empty(), false));
    WatchCommand end = parse("unwatch example.it").watch();
    assertThat(end.kind()).isEqualTo(WatchCommand.Kind.UNWATCH);
    assertThat(end.domainInput()).isEqualTo("example.it");
  }

  @Test
  @DisplayName(
      "a bad for=, another option, or a second domain is refused; 'watch' alone is a domain")
  void refusals() {
    assertThat(parse("watch a.it for=soon").refusal().rule()).isEqualTo("bad_watch_length");
    assertThat(parse("watch a.it for=0h").refusal().rule()).isEqualTo("bad_watch_length");
    assertThat(parse("watch a.it dkim=x").refusal().rule()).isEqualTo("unknown_option");
    assertThat(parse("watch a.it b.it").refusal().rule()).isEqualTo("unknown_option");
    assertThat(parse("watch").watch()).isNull();
    assertThat(parse("watches a.it").watch()).isNull();
  }

  @Test
  @DisplayName("Discord: the same text in the domain field; its share option applies")
  void discordField() {
    ParsedRequest parsed =
        MxRequest.ofOptions("watch example.it for=12h", "", "", true, Set.of("en"));
    assertThat(parsed.watch().domainInput()).isEqualTo("example.it");
    assertThat(parsed.watch().length()).contains(Duration.ofHours(12));
    assertThat(parsed.watch().share()).isTrue();
  }
}
