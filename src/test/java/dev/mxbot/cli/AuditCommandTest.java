package dev.mxbot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mxbot.dns.RecordType;
import dev.mxbot.dns.server.ZoneServer;
import dev.mxbot.testing.DemoWorld;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code mxbot audit} end to end on the demo zones (loopback only). */
@DisplayName("mxbot audit")
class AuditCommandTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static DemoWorld world;

  @TempDir Path dir;

  @BeforeAll
  static void startWorld() throws Exception {
    world = DemoWorld.start();
  }

  @AfterAll
  static void stopWorld() {
    world.close();
  }

  record Run(int exitCode, String out, String err) {}

  static Run audit(String typed, String... args) {
    List<String> all =
        new ArrayList<>(List.of("audit", "--config", "bot-config", "--timeout", "5"));
    all.add("--resolver");
    all.add(world.resolverOption());
    all.add("--authoritative-port");
    all.add(String.valueOf(world.server.port()));
    all.add("--allow-private-addresses");
    all.addAll(List.of(args));
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        Main.run(
            all.toArray(String[]::new),
            new java.io.BufferedReader(new java.io.StringReader(typed)),
            new PrintWriter(out, true),
            new PrintWriter(err, true));
    return new Run(code, out.toString(), err.toString());
  }

  private Path input(String... lines) throws Exception {
    Path file = dir.resolve("domains.txt");
    Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    return file;
  }

  private static List<JsonNode> jsonLines(String text) throws Exception {
    List<JsonNode> nodes = new ArrayList<>();
    for (String line : text.split("\n")) {
      if (!line.isBlank()) {
        nodes.add(JSON.readTree(line));
      }
    }
    return nodes;
  }

  private static Map<Integer, JsonNode> byLine(List<JsonNode> nodes) {
    return nodes.stream()
        .collect(Collectors.toMap(n -> n.get("line").asInt(), Function.identity()));
  }

  @Test
  @DisplayName(
      "JSON Lines on standard output: one report per line plus \"line\"; comments,"
          + " blank lines skipped; an invalid line is reported, not fatal")
  void jsonLinesOnStandardOutput() throws Exception {
    Path file =
        input("# customers", "ovh-customer.it", "", "postmaster@mx-2016.it", "not a domain!", "  ");

    Run run = audit("", file.toString(), "--concurrency", "2");

    assertThat(run.exitCode()).as(run.err()).isZero();
    List<JsonNode> nodes = jsonLines(run.out());
    assertThat(nodes).hasSize(3);
    Map<Integer, JsonNode> lines = byLine(nodes);
    assertThat(lines.keySet()).containsExactlyInAnyOrder(2, 4, 5);
    assertThat(lines.get(2).get("domain").asText()).isEqualTo("ovh-customer.it");
    assertThat(lines.get(2).get("verdict").asText()).isEqualTo("ok");
    assertThat(lines.get(2).has("findings")).isTrue();
    assertThat(lines.get(4).get("domain").asText()).isEqualTo("mx-2016.it");
    assertThat(lines.get(5).get("error").get("code").asText()).startsWith("INPUT_");
    assertThat(lines.get(5).get("input").asText()).isEqualTo("not a domain!");
    assertThat(run.err()).contains("audit: 3/3 lines").contains("1 error");
  }

  @Test
  @DisplayName("standard input (-): read line by line, total unknown")
  void standardInput() throws Exception {
    Run run = audit("ovh-customer.it\n# skip\nmx-2016.it\n", "-");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(byLine(jsonLines(run.out())).keySet()).containsExactlyInAnyOrder(1, 3);
    assertThat(run.err()).contains("audit: 2 lines");
  }

  @Test
  @DisplayName("CSV: the header exactly, codes space-separated, formula-looking cells neutralised")
  void csv() throws Exception {
    Path file = input("mx-2016.it", "=HYPERLINK(\"http://x\",\"y\")", "@SUM(1+1)", "-2+3", "+cmd");
    Path out = dir.resolve("out.csv");

    Run run = audit("", file.toString(), "--out", out.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
    assertThat(lines.get(0))
        .isEqualTo("line,input,domain,verdict,complete,codes,mailProvider,dnsHost");
    assertThat(lines).hasSize(6);
    String mx2016 = lines.stream().filter(l -> l.startsWith("1,")).findFirst().orElseThrow();
    assertThat(mx2016).startsWith("1,mx-2016.it,mx-2016.it,");
    assertThat(mx2016).containsPattern(",[A-Z_]+ [A-Z_]+");
    assertThat(lines)
        .contains("2,\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",,refused,,INPUT_INVALID,,")
        .anyMatch(l -> l.startsWith("3,'@SUM(1+1),,refused,"))
        .anyMatch(l -> l.startsWith("4,'-2+3,,refused,"))
        .anyMatch(l -> l.startsWith("5,'+cmd,,refused,"));
  }

  @Test
  @DisplayName("--resume without --out is bad usage: exit 2")
  void resumeNeedsOut() throws Exception {
    Run run = audit("", input("ovh-customer.it").toString(), "--resume");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--resume needs --out");
  }

  @Test
  @DisplayName(
      "--resume skips the lines already written, drops a torn last line, checks nothing" + " twice")
  void resumeWithTornLine() throws Exception {
    Path file = input("ovh-customer.it", "mx-2016.it", "spf-none.it");
    Path out = dir.resolve("out.jsonl");
    // An earlier run wrote line 1 (marked, so a second check of it would show) and was killed
    // while writing line 3.
    Files.writeString(
        out,
        "{\"input\":\"ovh-customer.it\",\"domain\":\"ovh-customer.it\",\"verdict\":\"ok\","
            + "\"findings\":[],\"elapsedMs\":-1,\"line\":1}\n"
            + "{\"input\":\"spf-none.it\",\"domain\":\"spf",
        StandardCharsets.UTF_8);

    Run run = audit("", file.toString(), "--out", out.toString(), "--resume");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.err()).contains("1 lines already done").contains("torn last line was dropped");
    List<JsonNode> nodes = jsonLines(Files.readString(out));
    assertThat(nodes).extracting(n -> n.get("line").asInt()).containsExactlyInAnyOrder(1, 2, 3);
    assertThat(byLine(nodes).get(1).get("elapsedMs").asInt()).isEqualTo(-1);
    assertThat(byLine(nodes).get(3).get("domain").asText()).isEqualTo("spf-none.it");

    Run again = audit("", file.toString(), "--out", out.toString(), "--resume");

    assertThat(again.exitCode()).isZero();
    assertThat(jsonLines(Files.readString(out))).hasSize(3);
    assertThat(again.err()).contains("3 lines already done").contains("audit: 0/0 lines");
  }

  @Test
  @DisplayName("answers are reused across domains: a shared name is asked once for two domains")
  void cacheAcrossDomains() throws Exception {
    world.server.resetLog();
    Run one = audit("", input("ovh-customer.it").toString(), "--concurrency", "1");
    assertThat(one.exitCode()).as(one.err()).isZero();
    long alone = asked(world.server, "mx0.mail.ovh.net.", RecordType.A);
    assertThat(alone).isPositive();

    world.server.resetLog();
    Run two = audit("", input("ovh-customer.it", "spf-none.it").toString(), "--concurrency", "1");

    assertThat(two.exitCode()).as(two.err()).isZero();
    assertThat(jsonLines(two.out())).hasSize(2);
    assertThat(asked(world.server, "mx0.mail.ovh.net.", RecordType.A)).isEqualTo(alone);

    // The control: check (no cache across domains) asks it again for the second domain.
    world.server.resetLog();
    CheckCommandTest.Run check =
        CheckCommandTest.run(
            "check",
            "--config",
            "bot-config",
            "--resolver",
            world.resolverOption(),
            "--authoritative-port",
            String.valueOf(world.server.port()),
            "--allow-private-addresses",
            "--json",
            "ovh-customer.it",
            "spf-none.it");
    assertThat(check.err()).doesNotContain("went wrong");
    assertThat(asked(world.server, "mx0.mail.ovh.net.", RecordType.A)).isGreaterThan(alone);
  }

  private static long asked(ZoneServer server, String name, RecordType type) {
    return server.queries().stream()
        .filter(q -> q.name().equalsIgnoreCase(name) && q.type() == type)
        .count();
  }
}
