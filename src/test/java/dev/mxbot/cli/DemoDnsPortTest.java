package dev.mxbot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * {@code mxbot demo --dns-port}: in a process of its own, it serves the sample zones on loopback,
 * prints the {@code check} command that queries them, answers that command with a real report, and
 * exits 0 on SIGTERM.
 */
@DisplayName("mxbot demo --dns-port")
class DemoDnsPortTest {

  private static final String QUERY_WITH = "Query it with: ";

  @Test
  @DisplayName("serves the sample zones until SIGTERM; the check it prints gets a real report")
  void servesUntilTerm() throws Exception {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName()));
    command.addAll(List.of("demo", "--dns-port", "0", "--config", "bot-config"));
    Process demo = new ProcessBuilder(command).redirectErrorStream(true).start();
    try {
      BufferedReader output =
          new BufferedReader(new InputStreamReader(demo.getInputStream(), StandardCharsets.UTF_8));
      String line;
      while ((line = output.readLine()) != null && !line.contains(QUERY_WITH)) {
        // Start-up lines before it, if any.
      }
      assertThat(line).as("the line that says where the zones are served").isNotNull();
      assertThat(line).contains("Demo DNS server on 127.0.0.1:");
      String suggested = line.substring(line.indexOf(QUERY_WITH) + QUERY_WITH.length()).strip();
      List<String> words = Arrays.asList(suggested.split(" "));
      assertThat(words.get(0)).isEqualTo("mxbot");
      assertThat(words).contains("--resolver", "--authoritative-port", "ovh-customer.it");

      StringWriter report = new StringWriter();
      StringWriter errors = new StringWriter();
      int exit =
          Main.run(
              words.subList(1, words.size()).toArray(String[]::new),
              new BufferedReader(new StringReader("")),
              new PrintWriter(report, true),
              new PrintWriter(errors, true));

      assertThat(exit).as(errors.toString()).isZero();
      assertThat(report.toString())
          .contains("Mail DNS of ovh-customer.it — All good")
          .contains("OVHcloud")
          .doesNotContain("DNS_TIMEOUT");
      assertThat(demo.isAlive()).as("still serving after a check").isTrue();

      // The same command as a process of its own, as a support agent runs it: Main.main ends a
      // check with Runtime.halt, after writing the whole report.
      List<String> check = new ArrayList<>();
      check.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
      check.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName()));
      check.addAll(words.subList(1, words.size()));
      Process own = new ProcessBuilder(check).redirectErrorStream(true).start();
      own.getOutputStream().close();
      String printed = new String(own.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(own.waitFor(120, TimeUnit.SECONDS)).isTrue();
      assertThat(own.exitValue()).as(printed).isZero();
      assertThat(printed)
          .contains("Mail DNS of ovh-customer.it — All good")
          .containsPattern("Checked in \\d+ ms\\R$");

      demo.destroy();
      assertThat(demo.waitFor(60, TimeUnit.SECONDS)).as("stops on SIGTERM").isTrue();
      assertThat(demo.exitValue()).isZero();
    } finally {
      demo.destroyForcibly();
    }
  }

  @Test
  @DisplayName("a port out of range is refused as bad usage")
  void portOutOfRange() {
    StringWriter errors = new StringWriter();
    int exit =
        Main.run(
            new String[] {"demo", "--dns-port", "70000", "--config", "bot-config"},
            new BufferedReader(new StringReader("")),
            new PrintWriter(new StringWriter(), true),
            new PrintWriter(errors, true));

    assertThat(exit).isEqualTo(Main.BAD_INPUT);
    assertThat(errors.toString()).contains("--dns-port 70000");
  }
}
