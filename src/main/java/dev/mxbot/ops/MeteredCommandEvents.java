package dev.mxbot.ops;

import dev.mxbot.chat.CommandEvents;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.inject.Inject;
import java.time.Duration;

/**
 * The adapters' command outcomes as metrics: {@code mxbot.commands} by {@code platform} and {@code
 * verdict} (a report verdict, or {@code refused}, {@code rate_limited}, {@code busy}, {@code
 * failed}); {@code mxbot.commands.refused} by {@code reason}; {@code mxbot.commands.rate.limited};
 * {@code mxbot.commands.busy}; and the {@code mxbot.diagnosis} latency histogram of answered
 * commands. Safe for concurrent use (Micrometer's meters are).
 */
final class MeteredCommandEvents implements CommandEvents {

  /** Histogram buckets of the diagnosis latency: around the 8 s default deadline. */
  private static final Duration[] BUCKETS = {
    Duration.ofMillis(100),
    Duration.ofMillis(250),
    Duration.ofMillis(500),
    Duration.ofSeconds(1),
    Duration.ofSeconds(2),
    Duration.ofSeconds(4),
    Duration.ofSeconds(8),
    Duration.ofSeconds(16)
  };

  private final MeterRegistry registry;

  @Inject
  MeteredCommandEvents(MeterRegistry registry) {
    this.registry = registry;
  }

  @Override
  public void answered(String platform, String verdict, Duration took) {
    command(platform, verdict);
    Timer.builder("mxbot.diagnosis")
        .description("Time from taking a command off the queue to its finished report")
        .tag("platform", platform)
        .serviceLevelObjectives(BUCKETS)
        .register(registry)
        .record(took);
  }

  @Override
  public void refused(String platform, String reason) {
    command(platform, "refused");
    Counter.builder("mxbot.commands.refused")
        .description("Commands refused before any query (access policy or input)")
        .tag("platform", platform)
        .tag("reason", reason)
        .register(registry)
        .increment();
  }

  @Override
  public void rateLimited(String platform) {
    command(platform, "rate_limited");
    Counter.builder("mxbot.commands.rate.limited")
        .description("Commands turned away by the per-user rate limit")
        .tag("platform", platform)
        .register(registry)
        .increment();
  }

  @Override
  public void busy(String platform) {
    command(platform, "busy");
    Counter.builder("mxbot.commands.busy")
        .description("Commands answered 'busy': executor full or stopping")
        .tag("platform", platform)
        .register(registry)
        .increment();
  }

  @Override
  public void failed(String platform) {
    command(platform, "failed");
  }

  private void command(String platform, String verdict) {
    Counter.builder("mxbot.commands")
        .description("Chat commands by platform and verdict")
        .tag("platform", platform)
        .tag("verdict", verdict)
        .register(registry)
        .increment();
  }
}
