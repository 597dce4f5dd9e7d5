package dev.mxbot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mxbot.bench.BenchWorld;
import dev.mxbot.bench.QueryCount;
import dev.mxbot.core.CheckOptions;
import dev.mxbot.core.Diagnosis;
import dev.mxbot.core.DomainName;
import dev.mxbot.testing.DemoWorld;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The benchmark's zones and command: behaviour only, no timing is asserted. */
@DisplayName("mxbot-bench bench")
class BenchZonesTest {

  private static BenchWorld world;
  private static Bootstrap app;

  @BeforeAll
  static void start() throws Exception {
    world = BenchWorld.start(DemoWorld.CONFIG.resolve("bench").resolve("zones"));
    CommonOptions options = new CommonOptions();
    options.config = DemoWorld.CONFIG;
    app =
        Bootstrap.start(
            options,
            config ->
                config
                    .withResolvers(List.of(world.resolver()))
                    .withAuthoritativePort(world.port())
                    .withAllowPrivateAddresses(true)
                    .withDeadline(Duration.ofSeconds(3)));
  }

  @AfterAll
  static void stop() {
    app.close();
    world.close();
  }

  static List<String> zones() {
    return BenchWorld.ZONES;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("zones")
  @DisplayName("one diagnosis of a benchmark zone asks no server the same question twice")
  void noDuplicateQuery(String zone) {
    world.resetLogs();

    app.get(Diagnosis.class)
        .diagnose(zone, DomainName.of(zone), new CheckOptions(world.dkimSelectors(zone)));

    QueryCount queries = world.queries();
    assertThat(queries.total()).isPositive();
    assertThat(queries.direct()).as("questions asked of the nameservers directly").isPositive();
    assertThat(queries.duplicates()).as("same name, type, server, RD and transport").isEmpty();
  }

  @Test
  @DisplayName(
      "bench --help prints the usage (exit 0); an option out of range is one line, exit 2, no"
          + " stack trace")
  void helpAndBadInput() {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    assertThat(
            BenchMain.run(
                new String[] {"bench", "--help"},
                new PrintWriter(out, true),
                new PrintWriter(err, true)))
        .isZero();
    assertThat(out.toString()).startsWith("Usage: mxbot-bench bench");

    StringWriter refused = new StringWriter();
    int exit =
        BenchMain.run(
            new String[] {"bench", "--heap-runs", "10,5", "--cold-start-runs", "0"},
            new PrintWriter(new StringWriter(), true),
            new PrintWriter(refused, true));
    assertThat(exit).isEqualTo(2);
    assertThat(refused.toString().lines())
        .containsExactly("mxbot-bench: two increasing heap checkpoints expected");
  }

  @Test
  @DisplayName("bench --runs 2 --delay 0ms with tiny counts prints one summary line per figure")
  void smoke() {
    StringWriter out = new StringWriter();
    int exit =
        BenchMain.run(
            new String[] {
              "bench",
              "--runs",
              "2",
              "--delay",
              "0ms",
              "--cold",
              "5",
              "--warmup",
              "5",
              "--throughput",
              "5",
              "--heap-runs",
              "5,10",
              "--cold-start-runs",
              "0",
              "--slack-commands",
              "4",
              "--slack-warmup",
              "4",
              "--slack-delay",
              "20ms",
              "--serve-starts",
              "0",
              "--serve-socket-starts",
              "0",
              "--serve-discord-starts",
              "0"
            },
            new PrintWriter(out, true),
            new PrintWriter(new StringWriter(), true));

    assertThat(exit).isZero();
    List<String> summary =
        out.toString().lines().filter(line -> line.startsWith("summary ")).toList();
    assertThat(summary)
        .anyMatch(line -> line.startsWith("summary zone=ovh-customer p50_ms="))
        .anyMatch(line -> line.startsWith("summary zone=split-ns ") && line.contains(" depth="))
        .anyMatch(line -> line.startsWith("summary zone=all "))
        .anyMatch(line -> line.startsWith("summary throughput=cold concurrency=64 "))
        .anyMatch(line -> line.startsWith("summary throughput=warm concurrency=64 "))
        .anyMatch(line -> line.startsWith("summary cpu_ms_per_diagnosis="))
        .anyMatch(line -> line.contains("heap_growth_pct="))
        .anyMatch(line -> line.startsWith("summary peak_rss_mb="));
    assertThat(summary.stream().filter(line -> line.startsWith("summary zone=")))
        .allMatch(line -> line.contains(" duplicates=0") || line.startsWith("summary zone=all"));
    assertThat(summary)
        .anyMatch(line -> line.startsWith("summary slack_http_ack=cold p50_ms="))
        .anyMatch(line -> line.startsWith("summary slack_http_ack=warm p50_ms="))
        .anyMatch(
            line -> line.startsWith("summary slack_answers=8 exactly_once=8 none=0 duplicated=0 "));
    assertThat(out.toString().strip().lines().reduce((a, b) -> b).orElseThrow())
        .startsWith("summary ");
  }
}
