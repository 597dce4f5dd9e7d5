package dev.mxbot.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mxbot.dns.server.ZoneServer;
import dev.mxbot.dns.server.ZoneServerBuilder;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The audit's HTML page opened in headless Chromium (Debian's {@code chromium}; skipped when it is
 * missing, failed when {@code CI=true}): the numbers it shows equal the JSON Lines', its own script
 * ran, and a hostile SPF record and a hostile input line ran nothing.
 */
@DisplayName("audit HTML page in headless Chromium (required when CI=true)")
class AuditHtmlChromiumTest {

  private static final String HOSTILE_SPF =
      "v=spf1 include:mx.ovh.com </script><script>document.title='pwned';"
          + "document.documentElement.setAttribute('data-pwned','1')</script>"
          + "<img src=x onerror=\\\"document.title='pwned'\\\"> -all";

  private static final String HOSTILE_INPUT =
      "</script><script>document.documentElement.setAttribute('data-pwned','2')</script>";

  @TempDir Path dir;

  private static Path chromium() {
    Path found =
        Stream.of(System.getenv().getOrDefault("PATH", "").split(":"))
            .filter(d -> !d.isEmpty())
            .flatMap(d -> Stream.of(Path.of(d, "chromium"), Path.of(d, "chromium-browser")))
            .filter(Files::isExecutable)
            .findFirst()
            .orElse(null);
    String missing = "chromium is not installed (Debian package chromium)";
    if (found == null && "true".equals(System.getenv("CI"))) {
      fail(missing + ", and CI=true: .ci/run installs it");
    }
    assumeTrue(found != null, missing + ": skipped outside CI");
    return found;
  }

  /** The demo zones plus hostile-spf.it, whose SPF record carries a script. */
  private ZoneServer zones() throws IOException {
    ZoneServerBuilder builder = ZoneServer.builder().address("127.0.0.1");
    Path demo = Path.of("bot-config/demo/zones");
    try (Stream<Path> files = Files.list(demo)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".zone")).sorted().toList()) {
        String text = Files.readString(file);
        if (file.getFileName().toString().equals("it.zone")) {
          text += "\nhostile-spf NS dns109.ovh.net.\nhostile-spf NS ns109.ovh.net.\n";
        }
        Path copy = dir.resolve(file.getFileName());
        Files.writeString(copy, text);
        builder.zone(copy);
      }
    }
    Path hostile = dir.resolve("hostile-spf.it.zone");
    Files.writeString(
        hostile,
        String.join(
            "\n",
            "$ORIGIN hostile-spf.it.",
            "$TTL 3600",
            "@ SOA dns109.ovh.net. hostmaster.hostile-spf.it. 2026112601 86400 3600 3600000 300",
            "@ NS dns109.ovh.net.",
            "@ NS ns109.ovh.net.",
            "@ MX 1 mx0.mail.ovh.net.",
            "@ TXT \"" + HOSTILE_SPF + "\"",
            ""));
    builder.zone(hostile);
    return builder.start();
  }

  @Test
  @DisplayName("numbers shown equal the JSON's; nothing hostile ran")
  void pageInChromium() throws Exception {
    Path chromium = chromium();
    try (ZoneServer server = zones()) {
      Path input = dir.resolve("domains.txt");
      Files.writeString(
          input,
          String.join(
              "\n",
              "ovh-customer.it",
              "mx-2016.it",
              "hostile-spf.it",
              "spf-none.it",
              HOSTILE_INPUT,
              "mx-appended.it",
              ""));
      Path out = dir.resolve("out.jsonl");
      Path html = dir.resolve("audit.html");
      StringWriter err = new StringWriter();
      int code =
          Main.run(
              new String[] {
                "audit",
                "--config",
                "bot-config",
                "--timeout",
                "5",
                "--resolver",
                "127.0.0.1:" + server.port(),
                "--authoritative-port",
                String.valueOf(server.port()),
                "--allow-private-addresses",
                input.toString(),
                "--out",
                out.toString(),
                "--html",
                html.toString()
              },
              new java.io.BufferedReader(new java.io.StringReader("")),
              new PrintWriter(new StringWriter(), true),
              new PrintWriter(err, true));
      assertThat(code).as(err.toString()).isZero();

      List<JsonNode> lines = new ArrayList<>();
      for (String line : Files.readAllLines(out)) {
        lines.add(new ObjectMapper().readTree(line));
      }
      assertThat(lines).hasSize(6);
      JsonNode hostile =
          lines.stream()
              .filter(l -> "hostile-spf.it".equals(l.path("domain").asText()))
              .findFirst()
              .orElseThrow();
      assertThat(hostile.get("records").get("spf").toString()).contains("</script>");
      Map<String, Integer> verdicts = new TreeMap<>();
      for (JsonNode line : lines) {
        String verdict = line.has("error") ? "refused" : line.get("verdict").asText();
        verdicts.merge(verdict, 1, Integer::sum);
      }

      String dom = dumpDom(chromium, html);

      // Had a script from DNS run, it would have set the attribute or changed the title.
      assertThat(dom).doesNotContain("data-pwned=\"").contains("<title>mxbot audit</title>");
      assertThat(dom).contains("data-rows=\"6\"");
      assertThat(number(dom, "<strong id=\"total-lines\">(\\d+)</strong>")).isEqualTo(6);
      Map<String, Integer> shown = new TreeMap<>();
      Matcher m =
          Pattern.compile(
                  "<tr data-verdict=\"([a-z]+)\"><th>[a-z]+</th><td class=\"n\">(\\d+)</td>")
              .matcher(dom);
      while (m.find()) {
        shown.put(m.group(1), Integer.parseInt(m.group(2)));
      }
      assertThat(shown).isEqualTo(verdicts);
      assertThat(dom).contains("&lt;/script&gt;&lt;script&gt;document.title='pwned'");
    }
  }

  private static int number(String dom, String regex) {
    Matcher m = Pattern.compile(regex).matcher(dom);
    assertThat(m.find()).as(regex).isTrue();
    return Integer.parseInt(m.group(1));
  }

  private String dumpDom(Path chromium, Path html) throws Exception {
    Path profile = Files.createDirectories(dir.resolve("chromium-profile"));
    Path dump = dir.resolve("dom.html");
    Process process =
        new ProcessBuilder(
                chromium.toString(),
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--no-first-run",
                "--user-data-dir=" + profile,
                "--dump-dom",
                html.toUri().toString())
            .redirectOutput(dump.toFile())
            .redirectError(dir.resolve("chromium.err").toFile())
            .start();
    if (!process.waitFor(120, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      fail("chromium did not finish: " + Files.readString(dir.resolve("chromium.err")));
    }
    String dom = Files.readString(dump, StandardCharsets.UTF_8);
    assertThat(dom).as(Files.readString(dir.resolve("chromium.err"))).contains("</html>");
    return dom;
  }
}
