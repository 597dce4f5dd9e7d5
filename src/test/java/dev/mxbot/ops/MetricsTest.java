package dev.mxbot.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mxbot.serve.Serve;
import dev.mxbot.testing.FakeInteractions;
import dev.mxbot.testing.ServeWorld;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** What an operator's Prometheus sees after a few support conversations on both platforms. */
@DisplayName("/metrics after a few commands")
class MetricsTest {

  @Test
  @DisplayName(
      "commands by platform and verdict, refusals, DNS answers by outcome, cache hits, latency"
          + " histogram and JVM metrics")
  void afterAFewCommands() throws Exception {
    try (ServeWorld world =
        ServeWorld.build(
            true,
            true,
            Serve.ADAPTERS,
            slack ->
                List.of(
                    ServeWorld.slashEnvelope(slack, "mx-2016.it", "first"),
                    ServeWorld.slashEnvelope(slack, "localhost", "refused")))) {
      world.serving.start();
      world.slack.nextResponse(10);
      ask(world, "mx-2016.it"); // finished moments ago in Slack: served from the cache
      ask(world, "nonexistent-customer.it");
      ask(world, "192.0.2.1");

      HttpResponse<String> scrape = world.ops("/metrics");
      assertThat(scrape.statusCode()).isEqualTo(200);
      assertThat(scrape.headers().firstValue("Content-Type"))
          .hasValueSatisfying(type -> assertThat(type).startsWith("text/plain"));
      String metrics = scrape.body();

      assertThat(value(metrics, "mxbot_commands_total{platform=\"slack\",verdict=\"warning\"}"))
          .isEqualTo(1);
      assertThat(value(metrics, "mxbot_commands_total{platform=\"slack\",verdict=\"refused\"}"))
          .isEqualTo(1);
      assertThat(value(metrics, "mxbot_commands_total{platform=\"discord\",verdict=\"warning\"}"))
          .isEqualTo(1);
      assertThat(value(metrics, "mxbot_commands_total{platform=\"discord\",verdict=\"refused\"}"))
          .isEqualTo(1);
      assertThat(metrics)
          .containsPattern(
              "(?m)^mxbot_commands_refused_total\\{platform=\"slack\",reason=\"\\w+\"} 1.0$");
      assertThat(value(metrics, "mxbot_cache_hits_total")).isGreaterThanOrEqualTo(1);
      assertThat(value(metrics, "mxbot_dns_queries_total{kind=\"recursive\",outcome=\"ok\"}"))
          .isGreaterThan(0);
      assertThat(value(metrics, "mxbot_dns_queries_total{kind=\"recursive\",outcome=\"nxdomain\"}"))
          .isGreaterThan(0);
      assertThat(metrics)
          .contains("mxbot_dns_queries_total{kind=\"authoritative\",outcome=\"timeout\"}")
          .contains("mxbot_diagnosis_seconds_bucket{platform=\"slack\",le=\"1.0\"}")
          .contains("mxbot_diagnosis_seconds_count{platform=\"discord\"}")
          .contains("mxbot_diagnoses_in_flight ")
          .contains("mxbot_diagnoses_joined_total ")
          .contains("mxbot_adapter_ready{adapter=\"discord\"}")
          .contains("jvm_memory_used_bytes{")
          .contains("jvm_threads_live_threads ")
          .contains("jvm_classes_loaded_classes ")
          .contains("system_cpu_count ");
    }
  }

  private static void ask(ServeWorld world, String domain) throws Exception {
    ObjectNode interaction = new FakeInteractions().slash("domain", domain);
    world.gateway.dispatch("INTERACTION_CREATE", interaction);
    world.rest.answerTo(interaction.get("token").asText());
  }

  /** The value of the sample {@code series} (name with labels, exactly as exposed). */
  private static double value(String metrics, String series) {
    Matcher m =
        Pattern.compile("(?m)^" + Pattern.quote(series) + " ([0-9.eE+-]+)$").matcher(metrics);
    assertThat(m.find()).as(series + " in\n" + metrics).isTrue();
    return Double.parseDouble(m.group(1));
  }
}
