package dev.mxbot.chat.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Slack replay protection")
class RecentSignaturesTest {

  private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");

  private static RecentSignatures at(Instant now) {
    return new RecentSignatures(Clock.fixed(now, ZoneOffset.UTC));
  }

  @Test
  @DisplayName("a signature is accepted once; the same one again is a replay")
  void once() {
    RecentSignatures recent = at(NOW);

    assertThat(recent.firstTime("v0=aa", NOW.getEpochSecond())).isTrue();
    assertThat(recent.firstTime("v0=aa", NOW.getEpochSecond())).isFalse();
    assertThat(recent.firstTime("v0=bb", NOW.getEpochSecond())).isTrue();
  }

  @Test
  @DisplayName("at most 10,000 signatures are kept, whatever arrives")
  void bounded() {
    RecentSignatures recent = at(NOW);
    for (int i = 0; i < RecentSignatures.MAX + 500; i++) {
      assertThat(recent.firstTime("v0=" + i, NOW.getEpochSecond())).isTrue();
    }

    assertThat(recent.firstTime("v0=" + (RecentSignatures.MAX + 499), NOW.getEpochSecond()))
        .as("the newest are still known")
        .isFalse();
    assertThat(recent.firstTime("v0=0", NOW.getEpochSecond())).as("the oldest made room").isTrue();
  }

  @Test
  @DisplayName("a signature whose timestamp left the 5-minute window is forgotten")
  void expiry() {
    long old = NOW.minus(Duration.ofMinutes(6)).getEpochSecond();
    RecentSignatures recent = at(NOW);
    recent.firstTime("v0=old", old);

    recent.firstTime("v0=new", NOW.getEpochSecond());

    assertThat(recent.firstTime("v0=old", old)).isTrue();
  }
}
