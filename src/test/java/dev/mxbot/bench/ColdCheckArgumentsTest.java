package dev.mxbot.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mxbot.cli.Main;
import dev.mxbot.testing.DemoWorld;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The check the cold-start and side-by-side phases time is the demo's whole diagnosis: a healthy
 * {@value ColdStartPhase#DOMAIN} whose nameservers (on loopback) are asked directly.
 */
@DisplayName("the benchmark times the whole diagnosis of a healthy zone")
class ColdCheckArgumentsTest {

  private static BenchWorld world;

  @BeforeAll
  static void start() throws Exception {
    world = BenchWorld.start(DemoWorld.CONFIG.resolve("bench").resolve("zones"));
  }

  @AfterAll
  static void stop() {
    world.close();
  }

  @Test
  @DisplayName("the timed check asks the nameservers itself and finds nothing wrong (exit 0)")
  void timedCheckIsTheWholeDiagnosis() {
    world.resetLogs();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();

    int exit =
        Main.run(
            ColdStartPhase.checkArguments(DemoWorld.CONFIG, world, ColdStartPhase.DOMAIN)
                .toArray(String[]::new),
            new BufferedReader(new StringReader("")),
            new PrintWriter(out, true),
            new PrintWriter(err, true));

    assertThat(exit).as(err.toString()).isZero();
    assertThat(out.toString())
        .contains("ovh-customer.it — All good")
        .doesNotContain("did not contact");
    assertThat(world.queries().direct()).as("questions asked of the nameservers").isPositive();
  }
}
