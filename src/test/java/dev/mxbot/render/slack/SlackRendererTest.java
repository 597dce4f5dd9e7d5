package dev.mxbot.render.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.slack.api.util.json.GsonFactory;
import dev.mxbot.core.DomainName;
import dev.mxbot.core.Finding;
import dev.mxbot.core.FindingCode;
import dev.mxbot.core.InputRefusal;
import dev.mxbot.core.MxEntry;
import dev.mxbot.core.Notice;
import dev.mxbot.core.ProviderRef;
import dev.mxbot.core.Report;
import dev.mxbot.core.ReportRecords;
import dev.mxbot.core.Verdict;
import dev.mxbot.guides.GuideCatalog;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** What the agent sees in Slack for unusual zones: huge, hostile, or refused input. */
@DisplayName("Slack Block Kit rendering")
class SlackRendererTest {

  private static final Gson GSON = GsonFactory.createSnakeCase();
  private static final SlackRenderer RENDERER =
      new SlackRenderer(GuideCatalog.load(Path.of("bot-config/guides.yaml"), "ovhcloud"));

  private static JsonObject json(SlackMessage message) {
    JsonObject root = new JsonObject();
    root.addProperty("text", message.text());
    root.add("blocks", GSON.toJsonTree(message.blocks()));
    return root;
  }

  private static Report report(List<MxEntry> mx, List<String> spf, List<Finding> findings) {
    return new Report(
        "big.example",
        DomainName.of("big.example"),
        Verdict.of(findings),
        ProviderRef.of("ovhcloud", "OVHcloud"),
        null,
        new ReportRecords(List.of("dns1.example.", "ns1.example."), mx, spf, List.of()),
        findings,
        Duration.ofMillis(412));
  }

  /** Every text of the message, checked against Slack's limits. */
  private static void assertWithinSlackLimits(JsonObject message) {
    assertThat(message.get("text").getAsString()).isNotBlank();
    JsonArray blocks = message.getAsJsonArray("blocks");
    assertThat(blocks.size()).isLessThanOrEqualTo(50);
    for (JsonElement element : blocks) {
      JsonObject block = element.getAsJsonObject();
      switch (block.get("type").getAsString()) {
        case "header" -> assertThat(text(block).length()).as("header").isLessThanOrEqualTo(150);
        case "section" -> {
          if (block.has("text")) {
            assertThat(text(block).length()).as("section").isLessThanOrEqualTo(3000);
          }
          if (block.has("fields")) {
            JsonArray fields = block.getAsJsonArray("fields");
            assertThat(fields.size()).isLessThanOrEqualTo(10);
            fields.forEach(
                f ->
                    assertThat(f.getAsJsonObject().get("text").getAsString().length())
                        .isLessThanOrEqualTo(2000));
          }
        }
        case "context" ->
            assertThat(block.getAsJsonArray("elements").size()).isLessThanOrEqualTo(10);
        default -> {}
      }
    }
  }

  private static String text(JsonObject block) {
    return block.getAsJsonObject("text").get("text").getAsString();
  }

  @Test
  @DisplayName(
      "a zone with 40 MX records, a 3 KB TXT and 40 findings in one area stays within Slack's"
          + " limits, saying '… and N more'")
  void limits() {
    List<MxEntry> mx =
        IntStream.range(0, 40).mapToObj(i -> new MxEntry(i, "mx" + i + ".big.example.")).toList();
    String bigTxt = "v=spf1 " + "ip4:192.0.2.1 ".repeat(220) + "-all";
    assertThat(bigTxt.length()).isGreaterThan(3000);
    List<Finding> findings = new ArrayList<>();
    findings.add(Finding.of(FindingCode.SPF_VALID, "record", bigTxt, "lookups", "0"));
    for (MxEntry entry : mx) {
      findings.add(
          Finding.of(
              FindingCode.MX_TARGET_UNRESOLVABLE,
              "host",
              entry.host() + "x".repeat(60),
              "reason",
              "NXDOMAIN"));
    }
    JsonObject message =
        json(
            RENDERER.report(
                report(mx, List.of(bigTxt), findings),
                "en",
                List.of(),
                Optional.of("en:big.example"),
                Optional.empty()));

    assertWithinSlackLimits(message);
    String all = message.toString();
    assertThat(all).contains("… and 30 more").containsPattern("… and \\d+ more\"");
    assertThat(all).contains("`0 mx0.big.example.`").doesNotContain("mx39.big.example.`");
  }

  @Test
  @DisplayName(
      "a hostile TXT record (<!channel>, <https://evil|click>, &) shows as text: no mention, no"
          + " link")
  void hostileTxt() {
    String hostile = "v=spf1 <!channel> <https://evil.example|click> &amp; *bold* `tick` -all";
    Report report =
        report(
            List.of(new MxEntry(10, "mx.big.example.")),
            List.of(hostile),
            List.of(Finding.of(FindingCode.SPF_VALID, "record", hostile, "lookups", "0")));
    SlackMessage message =
        RENDERER.report(
            report,
            "en",
            List.of(new Notice("note.lang_unsupported", Map.of("lang", "<@U123>", "default", "x"))),
            Optional.empty(),
            Optional.of("<!here>"));
    String all = json(message).toString();

    assertThat(all)
        .doesNotContain("<!channel>")
        .doesNotContain("<!here>")
        .doesNotContain("<@U123>")
        .doesNotContain("<https://evil")
        .contains("&lt;!channel&gt;")
        .contains("&lt;https://evil.example|click&gt;")
        .contains("&amp;amp;")
        .contains("Shared by &lt;!here&gt;");
    // Links exist only for our own guides.
    assertThat(all.split("<https://docs.ovhcloud.com/", -1).length - 1)
        .isEqualTo(all.split("<http", -1).length - 1);
  }

  @Test
  @DisplayName(
      "records that grow fivefold when escaped ('&' × 250, ten of them) still leave room for the"
          + " findings")
  void escapedRecordsLeaveRoom() {
    List<String> spf = IntStream.range(0, 10).mapToObj(i -> "&".repeat(250)).toList();
    Report report =
        report(
            List.of(),
            spf,
            List.of(Finding.of(FindingCode.SPF_MULTIPLE, "count", "10", "records", "…")));
    JsonObject message =
        json(RENDERER.report(report, "en", List.of(), Optional.empty(), Optional.empty()));

    assertWithinSlackLimits(message);
    assertThat(message.toString()).contains("There are 10 SPF records").contains("… and ");
  }

  @Test
  @DisplayName("a refused input is explained with the usage line, '<domain>' escaped")
  void refusal() {
    SlackMessage message =
        RENDERER.refusal(new InputRefusal(InputRefusal.INVALID, "ip_address", Map.of()), "en");

    assertThat(message.text()).startsWith("I cannot check that").contains("/mx &lt;domain&gt;");
    assertThat(message.blocks()).isEmpty();
  }

  @Test
  @DisplayName("cutting never splits an escape or leaves more than the limit")
  void cut() {
    assertThat(SlackText.cut("abc&amp;def", 6)).isEqualTo("abc…");
    assertThat(SlackText.cut("abcdef", 6)).isEqualTo("abcdef");
    assertThat(SlackText.cut("abcdefgh", 6)).hasSize(6).endsWith("…");
    assertThat(SlackText.link("https://x.example/?a=1&b=2", "A|B <c>"))
        .isEqualTo("<https://x.example/?a=1&amp;b=2|A/B &lt;c&gt;>");
  }
}
