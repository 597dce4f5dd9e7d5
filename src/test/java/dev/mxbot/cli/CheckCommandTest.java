package dev.mxbot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mxbot.testing.DemoWorld;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** {@code mxbot check} end to end: arguments in, printed report and exit code out. */
@DisplayName("mxbot check")
class CheckCommandTest {

  private static DemoWorld world;

  @BeforeAll
  static void startWorld() throws Exception {
    world = DemoWorld.start();
  }

  @AfterAll
  static void stopWorld() {
    world.close();
  }

  record Run(int exitCode, String out, String err) {}

  static Run run(String... args) {
    return runTyping("", args);
  }

  /** Runs the command line as if {@code typed} were typed on its standard input. */
  static Run runTyping(String typed, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        Main.run(
            args,
            new java.io.BufferedReader(new java.io.StringReader(typed)),
            new PrintWriter(out, true),
            new PrintWriter(err, true));
    return new Run(code, out.toString(), err.toString());
  }

  private static Run check(String... args) {
    List<String> all =
        new ArrayList<>(List.of("check", "--config", "bot-config", "--timeout", "3"));
    all.add("--resolver");
    all.add(world.resolverOption());
    all.add("--authoritative-port");
    all.add(String.valueOf(world.server.port()));
    all.add("--allow-private-addresses");
    all.addAll(List.of(args));
    return run(all.toArray(String[]::new));
  }

  @Test
  @DisplayName("--json prints every field of the contract for a healthy customer, exit 0")
  void jsonContract() throws Exception {
    Run run = check("--json", "Ovh-Customer.IT.");

    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode json = new ObjectMapper().readTree(run.out());
    assertThat(json.fieldNames())
        .toIterable()
        .containsExactly(
            "input",
            "domain",
            "unicodeDomain",
            "verdict",
            "complete",
            "unchecked",
            "dnsHost",
            "mailProvider",
            "records",
            "findings",
            "guides",
            "customerReply",
            "elapsedMs",
            "changes");
    assertThat(json.get("input").asText()).isEqualTo("Ovh-Customer.IT.");
    assertThat(json.get("domain").asText()).isEqualTo("ovh-customer.it");
    assertThat(json.get("verdict").asText()).isEqualTo("ok");
    assertThat(json.get("complete").asBoolean()).isTrue();
    assertThat(json.get("unchecked")).isEmpty();
    assertThat(json.get("dnsHost").get("id").asText()).isEqualTo("ovhcloud");
    assertThat(json.get("mailProvider").get("variant").asText()).isEqualTo("current");
    assertThat(json.get("records").get("ns")).hasSize(2);
    assertThat(json.get("records").get("mx").get(0).get("host").asText())
        .isEqualTo("mx0.mail.ovh.net.");
    assertThat(json.get("records").get("mx").get(0).get("preference").asInt()).isEqualTo(1);
    JsonNode finding = json.get("findings").get(0);
    assertThat(finding.fieldNames())
        .toIterable()
        .containsExactly("code", "severity", "message", "guide");
    assertThat(json.get("guides").get(0).get("key").asText()).isEqualTo("mx");
    assertThat(json.get("guides").get(0).get("url").asText()).startsWith("https://");
    assertThat(json.get("elapsedMs").isIntegralNumber()).isTrue();
    assertThat(json.get("changes").isNull()).as("no --record: no history").isTrue();
  }

  @Test
  @DisplayName("several inputs print a JSON array, in order")
  void severalInputs() throws Exception {
    Run run = check("--json", "ovh-customer.it", "mx-2016.it");

    JsonNode json = new ObjectMapper().readTree(run.out());
    assertThat(json.isArray()).isTrue();
    assertThat(json.get(1).get("domain").asText()).isEqualTo("mx-2016.it");
  }

  @Test
  @DisplayName("an error finding exits 1 and the text report names it")
  void errorExitsOne() {
    Run run = check("mx-appended.it");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).contains("mx1.mail.ovh.net.mx-appended.it").contains("mx-appended.it");
  }

  @Test
  @DisplayName("--locale it answers in Italian")
  void italian() {
    Run run = check("--locale", "it", "mx-2016.it");

    assertThat(run.out()).contains("DNS email di mx-2016.it").contains("Configurare un record MX");
  }

  @Test
  @DisplayName("a domain that does not exist links the nameserver guide, not the MX guides")
  void unknownDomainGuide() throws Exception {
    Run run = check("--json", "unknown-domain.it");

    assertThat(run.exitCode()).isEqualTo(1);
    JsonNode json = new ObjectMapper().readTree(run.out());
    assertThat(json.get("guides")).hasSize(1);
    assertThat(json.get("guides").get(0).get("key").asText()).isEqualTo("ns-info");
  }

  @Test
  @DisplayName("--locale ja answers in the default language and says so on standard error")
  void unsupportedLocale() {
    Run run = check("--locale", "ja", "mx-2016.it");

    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).contains("\"ja\"").contains("English");
    assertThat(run.out()).contains("Mail DNS of mx-2016.it");
  }

  @Test
  @DisplayName("refused input exits 2 with the contract's error object, nothing queried")
  void refusedInput() throws Exception {
    world.server.resetLog();

    Run run = check("--json", "printer.local");

    assertThat(run.exitCode()).isEqualTo(2);
    JsonNode json = new ObjectMapper().readTree(run.out());
    assertThat(json.get("input").asText()).isEqualTo("printer.local");
    assertThat(json.get("error").get("code").asText()).isEqualTo("INPUT_NOT_ALLOWED");
    assertThat(json.get("error").get("message").asText()).contains("local");
    assertThat(world.server.queries()).isEmpty();
  }

  @Test
  @DisplayName(
      "a name outside the public top-level domains exits 2 with INPUT_NOT_ALLOWED, nothing queried")
  void notPublicTld() throws Exception {
    world.server.resetLog();

    Run run = check("--json", "printer.corp");

    assertThat(run.exitCode()).isEqualTo(2);
    JsonNode json = new ObjectMapper().readTree(run.out());
    assertThat(json.get("input").asText()).isEqualTo("printer.corp");
    assertThat(json.get("error").get("code").asText()).isEqualTo("INPUT_NOT_ALLOWED");
    assertThat(json.get("error").get("message").asText())
        .contains("is not under a public top-level domain: .corp ");
    assertThat(world.server.queries()).isEmpty();
  }

  @Test
  @DisplayName("a special-use name (example.test) exits 2 with INPUT_NOT_ALLOWED, nothing queried")
  void specialUseName() throws Exception {
    world.server.resetLog();

    Run run = check("example.test");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).contains("\"example.test\" is under .test, a private or reserved name");
    assertThat(world.server.queries()).isEmpty();
  }

  @Test
  @Timeout(60)
  @DisplayName("a resolver that never answers exits 3 with a report naming what was not checked")
  void dnsUnreachable() throws Exception {
    try (DatagramSocket silent = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
      // The resolver never answers: a report at all is the --timeout deadline's doing.
      Run run =
          run(
              "check",
              "--config",
              "bot-config",
              "--timeout",
              "1.5",
              "--json",
              "--resolver",
              "127.0.0.1:" + silent.getLocalPort(),
              "ovh-customer.it");

      assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(3);
      JsonNode json = new ObjectMapper().readTree(run.out());
      assertThat(json.get("verdict").asText()).isEqualTo("unknown");
      assertThat(json.get("findings").get(0).get("code").asText()).isEqualTo("DNS_TIMEOUT");
      assertThat(json.get("findings").get(0).get("message").asText())
          .contains("MX ovh-customer.it,");
    }
  }

  @Test
  @DisplayName("a resolver whose port is closed (ICMP refused) is DNS unreachable too: exit 3")
  void resolverRefusesConnection() throws Exception {
    int closed;
    try (DatagramSocket probe = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
      closed = probe.getLocalPort();
    }
    Run run =
        run(
            "check",
            "--config",
            "bot-config",
            "--timeout",
            "2",
            "--resolver",
            "127.0.0.1:" + closed,
            "ovh-customer.it");

    assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(3);
  }

  @Test
  @DisplayName("bad usage exits 2 with a clear message")
  void badUsage() {
    assertThat(run("check").exitCode()).isEqualTo(2);
    Run badResolver = run("check", "--config", "bot-config", "--resolver", "dns.example", "a.it");
    assertThat(badResolver.exitCode()).isEqualTo(2);
    assertThat(badResolver.err()).contains("--resolver dns.example").doesNotContain("Exception");
  }
}
