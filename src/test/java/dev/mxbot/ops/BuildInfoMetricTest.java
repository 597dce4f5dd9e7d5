package dev.mxbot.ops;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mxbot.chat.CommandExecutor;
import dev.mxbot.chat.SharedDiagnoses;
import dev.mxbot.core.Diagnosis;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** An operator asking "which version runs there?" reads it from /metrics. */
@DisplayName("/metrics names the build's version")
class BuildInfoMetricTest {

  @Test
  @DisplayName("mxbot_build_info{version=\"<the build's version>\"} 1")
  void buildInfo() {
    PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    try (CommandExecutor executor = new CommandExecutor(1, 1);
        ProcessMeters meters =
            new ProcessMeters(
                registry,
                new SharedDiagnoses(
                    new Diagnosis(Set.of(), Clock.systemUTC(), Duration.ofSeconds(1)),
                    executor,
                    Clock.systemUTC(),
                    Duration.ZERO),
                executor)) {
      meters.register(List.of());

      assertThat(registry.scrape())
          .contains("mxbot_build_info{version=\"" + BuildInfo.version() + "\"} 1");
    }
  }
}
