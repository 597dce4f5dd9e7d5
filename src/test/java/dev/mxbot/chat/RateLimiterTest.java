package dev.mxbot.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Limits and access")
class RateLimiterTest {

  private static final class MovableClock extends Clock {
    Instant now = Instant.parse("2026-11-26T10:00:00Z");

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  @Test
  @DisplayName(
      "an agent whose checks sent 50 DNS questions in the last minute waits until enough of them"
          + " age out; others are not affected")
  void questionsPerUser() {
    MovableClock clock = new MovableClock();
    RateLimiter limiter = new RateLimiter(100, 50, 1000, 1000, clock);

    assertThat(limiter.tryAcquire("discord:1")).isEmpty();
    limiter.charge("discord:1", 43);
    clock.now = clock.now.plusSeconds(20);
    assertThat(limiter.tryAcquire("discord:1")).as("43 of 50").isEmpty();
    limiter.charge("discord:1", 43);

    assertThat(limiter.tryAcquire("discord:1")).contains(Duration.ofSeconds(40));
    assertThat(limiter.tryAcquire("discord:2")).isEmpty();
    clock.now = clock.now.plusSeconds(40);
    assertThat(limiter.tryAcquire("discord:1")).as("the first 43 aged out").isEmpty();
  }

  @Test
  @DisplayName("when everyone's checks together sent the minute's DNS questions, everyone waits")
  void questionsForEveryone() {
    MovableClock clock = new MovableClock();
    RateLimiter limiter = new RateLimiter(100, 1000, 100, 100, clock);

    limiter.charge("slack:T1:U1", 60);
    limiter.charge("slack:T1:U2", 40);

    assertThat(limiter.tryAcquire("slack:T1:U3")).contains(Duration.ofSeconds(60));
    limiter.charge("slack:T1:U4", 0);
    clock.now = clock.now.plusSeconds(61);
    assertThat(limiter.tryAcquire("slack:T1:U3")).isEmpty();
  }

  @Test
  @DisplayName(
      "watches' re-checks spend their owners' budgets and the watches' own, never the commands'"
          + " shared one: another agent's /mx runs while the watches wait")
  void watchesHaveABudgetOfTheirOwn() {
    MovableClock clock = new MovableClock();
    RateLimiter limiter = new RateLimiter(100, 1000, 100, 150, clock);

    limiter.chargeWatch("slack:T1:U9", 100);
    limiter.chargeWatch("slack:T1:U8", 60);

    assertThat(limiter.tryAcquire("slack:T1:U1")).as("another agent's /mx").isEmpty();
    assertThat(limiter.questionsWait("slack:T1:U1")).isEmpty();
    assertThat(limiter.watchQuestionsWait("slack:T1:U7"))
        .as("any watch, once the watches together spent 150")
        .contains(Duration.ofSeconds(60));
    clock.now = clock.now.plusSeconds(61);
    assertThat(limiter.watchQuestionsWait("slack:T1:U7")).isEmpty();
  }

  @Test
  @DisplayName(
      "a watch's owner pays for it: once its re-checks spent the owner's 50 questions, the owner's"
          + " own /mx waits too")
  void watchesCostTheirOwner() {
    MovableClock clock = new MovableClock();
    RateLimiter limiter = new RateLimiter(100, 50, 1000, 1000, clock);

    limiter.chargeWatch("discord:9", 50);

    assertThat(limiter.tryAcquire("discord:9")).contains(Duration.ofSeconds(60));
    assertThat(limiter.watchQuestionsWait("discord:9")).contains(Duration.ofSeconds(60));
    assertThat(limiter.tryAcquire("discord:1")).isEmpty();
  }

  @Test
  @DisplayName("watches yield to the commands: when /mx checks spent everyone's budget, they wait")
  void watchesYieldToCommands() {
    MovableClock clock = new MovableClock();
    RateLimiter limiter = new RateLimiter(100, 1000, 100, 1000, clock);

    limiter.charge("slack:T1:U1", 100);

    assertThat(limiter.watchQuestionsWait("slack:T1:U9")).contains(Duration.ofSeconds(60));
  }

  @Test
  @DisplayName(
      "an agent gets 3 checks a minute, then is told how long to wait; others are not affected")
  void perUser() {
    MovableClock clock = new MovableClock();
    RateLimiter limiter = new RateLimiter(3, clock);

    for (int i = 0; i < 3; i++) {
      assertThat(limiter.tryAcquire("slack:T1:U1")).isEmpty();
      clock.now = clock.now.plusSeconds(10);
    }
    assertThat(limiter.tryAcquire("slack:T1:U1")).contains(Duration.ofSeconds(30));
    assertThat(limiter.tryAcquire("slack:T1:U2")).isEmpty();

    clock.now = clock.now.plusSeconds(30);
    assertThat(limiter.tryAcquire("slack:T1:U1")).isEmpty();
  }

  @Test
  @DisplayName("access: empty lists allow everyone; otherwise space, channel and a role must match")
  void access() {
    assertThat(AccessPolicy.OPEN.allows("T1", "C1", List.of())).isTrue();
    AccessPolicy policy = new AccessPolicy(Set.of("T1"), Set.of("C1", "C2"), Set.of("R9"));
    assertThat(policy.allows("T1", "C2", List.of("R1", "R9"))).isTrue();
    assertThat(policy.allows("T2", "C2", List.of("R9"))).isFalse();
    assertThat(policy.allows("T1", "C3", List.of("R9"))).isFalse();
    assertThat(policy.allows("T1", "C1", List.of("R1"))).isFalse();
  }
}
