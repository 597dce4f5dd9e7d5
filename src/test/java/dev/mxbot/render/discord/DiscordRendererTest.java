package dev.mxbot.render.discord;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mxbot.core.DomainName;
import dev.mxbot.core.Finding;
import dev.mxbot.core.FindingCode;
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
import java.util.stream.IntStream;
import net.dv8tion.jda.api.entities.MessageEmbed;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Discord embeds of hostile or huge zones: inert, and within Discord's limits. */
@DisplayName("Discord embeds")
class DiscordRendererTest {

  private static final GuideCatalog GUIDES =
      GuideCatalog.load(Path.of("bot-config/guides.yaml"), "ovhcloud");
  private final DiscordRenderer renderer = new DiscordRenderer(GUIDES);

  private static Report report(ReportRecords records, List<Finding> findings) {
    return new Report(
        "example.it",
        DomainName.of("example.it"),
        Verdict.of(findings),
        ProviderRef.of("ovhcloud", "OVHcloud"),
        null,
        records,
        findings,
        Duration.ofMillis(321));
  }

  private static String all(MessageEmbed embed) {
    StringBuilder text = new StringBuilder(embed.getTitle()).append('\n');
    text.append(embed.getDescription()).append('\n');
    embed.getFields().forEach(f -> text.append(f.getName()).append('\n').append(f.getValue()));
    return text.toString();
  }

  private static void assertWithinLimits(MessageEmbed embed) {
    assertThat(embed.isSendable()).isTrue();
    assertThat(embed.getLength()).isLessThanOrEqualTo(6000);
    assertThat(embed.getFields()).hasSizeLessThanOrEqualTo(25);
    embed.getFields().forEach(f -> assertThat(f.getValue()).hasSizeLessThanOrEqualTo(1024));
    assertThat(embed.getTitle()).hasSizeLessThanOrEqualTo(256);
  }

  @Test
  @DisplayName("a zone with 40 MX records fits in the embed and says how many were left out")
  void fortyMx() {
    List<MxEntry> mx =
        IntStream.range(0, 40)
            .mapToObj(i -> new MxEntry(i, "mx" + i + ".a-rather-long-mail-host-name.example.it."))
            .toList();
    List<Finding> findings = new ArrayList<>();
    mx.forEach(e -> findings.add(Finding.of(FindingCode.MX_DUPLICATE, "host", e.host())));

    MessageEmbed embed =
        renderer.render(
            report(new ReportRecords(List.of(), mx, List.of(), List.of()), findings),
            "en",
            List.of());

    assertWithinLimits(embed);
    assertThat(embed.getFields().get(0).getValue()).matches("(?s).*… and \\d+ more$");
  }

  @Test
  @DisplayName("a 3 KB TXT record is cut to fit, and the embed stays within every limit")
  void hugeTxt() {
    String txt = "v=spf1 " + "include:_spf.example.net ".repeat(120) + "-all";
    List<Finding> findings = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      findings.add(Finding.of(FindingCode.SPF_VALID, "record", txt));
      findings.add(
          Finding.of(
              FindingCode.DMARC_SYNTAX, "tag", "p", "value", txt, "expected", "x", "record", txt));
    }
    MessageEmbed embed =
        renderer.render(
            report(
                new ReportRecords(List.of(), List.of(), List.of(txt, txt), List.of(txt)), findings),
            "pl",
            List.of());

    assertWithinLimits(embed);
    assertThat(all(embed)).contains("… i jeszcze");
  }

  @Test
  @DisplayName("more fields than Discord's 25 end with a last field counting the rest")
  void tooManyFields() {
    Map<String, List<String>> fields = new java.util.LinkedHashMap<>();
    IntStream.range(0, 40).forEach(i -> fields.put("Field " + i, List.of("value " + i)));
    net.dv8tion.jda.api.EmbedBuilder builder = new net.dv8tion.jda.api.EmbedBuilder();

    new EmbedFields(dev.mxbot.i18n.Messages.of("en")).addAll(builder, fields, 6000);

    MessageEmbed embed = builder.setTitle("t").build();
    assertWithinLimits(embed);
    assertThat(embed.getFields()).hasSize(25);
    assertThat(embed.getFields().get(24).getValue()).isEqualTo("… and 16 more");
  }

  @Test
  @DisplayName("hostile TXT content shows as typed: no ping, no link, no code block, no spoiler")
  void hostileText() {
    String hostile =
        "v=spf1 @everyone <@&123> [x](http://evil) ```code``` ||spoiler|| *b* _i_ ~~s~~";
    List<Finding> findings = List.of(Finding.of(FindingCode.SPF_VALID, "record", hostile));

    MessageEmbed embed =
        renderer.render(
            report(new ReportRecords(List.of(), List.of(), List.of(hostile), List.of()), findings),
            "en",
            List.of(
                new Notice("note.lang_unsupported", Map.of("lang", "# @here", "default", "x"))));

    String text = all(embed);
    assertThat(text)
        .doesNotContain("@everyone")
        .doesNotContain("@here")
        .doesNotContain("<@&")
        .doesNotContain("[x](")
        .doesNotContain("```")
        .doesNotContain("||")
        .contains("@\u200Deveryone")
        .contains("\\[x\\]\\(http://evil\\)")
        .contains("\\`\\`\\`code\\`\\`\\`")
        .contains("\\|\\|spoiler\\|\\|")
        .contains("\\*b\\* \\_i\\_ \\~\\~s\\~\\~");
  }

  @Test
  @DisplayName("escaping: markdown characters, a list dash at line start, controls and mentions")
  void escape() {
    assertThat(DiscordMarkdown.escape("- item")).isEqualTo("\\- item");
    assertThat(DiscordMarkdown.escape("a-b")).isEqualTo("a-b");
    assertThat(DiscordMarkdown.escape("# title")).isEqualTo("\\# title");
    assertThat(DiscordMarkdown.escape("> quote")).isEqualTo("\\> quote");
    assertThat(DiscordMarkdown.escape("a\\b")).isEqualTo("a\\\\b");
    assertThat(DiscordMarkdown.escape("line\nbreak")).isEqualTo("line break");
    assertThat(DiscordMarkdown.escape("bidi\u202Eevil")).isEqualTo("bidi\\\\u202Eevil");
    assertThat(DiscordMarkdown.escape("<@123>")).isEqualTo("\\<@\u200D123\\>");
  }

  @Test
  @DisplayName("shortening never leaves a dangling escape before the ellipsis")
  void cut() {
    assertThat(EmbedLimits.cut("abc\\*def", 5)).isEqualTo("abc…");
    assertThat(EmbedLimits.cut("short", 10)).isEqualTo("short");
    assertThat(EmbedLimits.lines(List.of("aaaa", "bbbb", "cccc"), 12, n -> "+" + n))
        .isEqualTo("aaaa\nbbbb\n+1");
  }

  @Test
  @DisplayName("refusals and chat texts are escaped too")
  void texts() {
    assertThat(renderer.text("en", "chat.sharedBy", Map.of("user", "**@everyone**")))
        .isEqualTo("Shared by \\*\\*@\u200Deveryone\\*\\*");
  }
}
