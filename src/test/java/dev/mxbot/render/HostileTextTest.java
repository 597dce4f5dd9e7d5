package dev.mxbot.render;

import static dev.mxbot.testing.MatrixZones.txt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.slack.api.util.json.GsonFactory;
import dev.mxbot.chat.MxRequest;
import dev.mxbot.chat.ParsedRequest;
import dev.mxbot.core.DomainName;
import dev.mxbot.core.InputRefusal;
import dev.mxbot.core.ParsedDomain;
import dev.mxbot.core.Report;
import dev.mxbot.guides.GuideCatalog;
import dev.mxbot.render.discord.DiscordRenderer;
import dev.mxbot.render.slack.SlackMessage;
import dev.mxbot.render.slack.SlackRenderer;
import dev.mxbot.testing.Inert;
import dev.mxbot.testing.MatrixWorld;
import dev.mxbot.testing.MatrixZones.Customer;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import net.dv8tion.jda.api.entities.MessageEmbed;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A customer zone written by an attacker, and agents pasting odd things after /mx: whatever the
 * text, every reply shows it as text. No mention, channel ping, link, markdown, bidi trick or
 * control byte survives, and every reply stays within the platform's limits.
 */
@DisplayName("/mx on hostile text")
class HostileTextTest {

  /** Slack and Discord control sequences, bidi overrides, zero-width and control bytes. */
  static final String HOSTILE =
      "<!channel> <!here> @everyone <@U123> <#C1> [x](http://evil) ``` ||spoiler||"
          + " \\226\\128\\174gnp.exe \\226\\128\\139 \\000 \\007 \\027[31m";

  static final Customer ZONE =
      new Customer("hostile-text.it")
          .spf(txt("@", "v=spf1 include:mx.ovh.com " + HOSTILE + " ~all"))
          .dmarc(
              txt("_dmarc", "v=DMARC1; p=none; rua=mailto:" + HOSTILE.replace(" ", "") + "; x=")
                  + " "
                  + txt("", "<!channel>@everyone".repeat(500)).substring(5))
          .mx("@ MX 10 \\<\\!channel\\>.hostile-text.it.\n@ MX 20 \\@everyone.hostile-text.it.");

  private static final GuideCatalog GUIDES =
      GuideCatalog.load(Path.of("bot-config/guides.yaml"), "ovhcloud");
  private static final Set<String> LANGS = Set.of("en", "it");

  private static MatrixWorld world;
  private static Report report;

  @BeforeAll
  static void diagnose() throws Exception {
    world = new MatrixWorld(List.of(ZONE));
    report = MatrixWorld.diagnose(world.app, ZONE.domain);
  }

  @AfterAll
  static void stop() throws Exception {
    world.close();
  }

  @Test
  @DisplayName("the zone really is hostile: the report holds the raw control bytes and mentions")
  void reportHoldsTheHostileData() {
    String raw = report.toString();
    assertThat(raw).contains("<!channel>", "@everyone", "\u202e", "\u200b", "\u0000", "\u001b");
    assertThat(raw).contains("<!channel>@everyone".repeat(500));
  }

  @Test
  @DisplayName("plain text: control, bidi and zero-width characters shown as \\uXXXX")
  void plainText() {
    String text = new PlainTextRenderer(GUIDES).render(report, "en");

    Inert.assertNoControlCharacters(text);
    assertThat(text).contains("\\u202E", "\\u200B", "\\u0000", "\\u001B");
  }

  @Test
  @DisplayName("Slack: mrkdwn escaped, no <! <@ <# sequence, within Block Kit limits")
  void slack() {
    SlackMessage message =
        new SlackRenderer(GUIDES)
            .report(report, "en", List.of(), Optional.of("en:hostile-text.it"), Optional.empty());

    Inert.assertSlack(json(message));
  }

  @Test
  @DisplayName("Discord: no mention trigger, markdown escaped, within embed limits")
  void discord() {
    MessageEmbed embed = new DiscordRenderer(GUIDES).render(report, "en", List.of());

    Inert.assertDiscord(embed);
  }

  @Test
  @DisplayName("JSON: the data kept as it is, in valid JSON")
  void json() {
    String json = new JsonRenderer(GUIDES).toJson(report, "en").toString();

    assertThat(com.google.gson.JsonParser.parseString(json).isJsonObject()).isTrue();
  }

  static Stream<String> typed() {
    return Stream.of(
        "<!channel>",
        "<!here> example.com",
        "@everyone",
        "<@U123>",
        "<#C1|general>",
        "[x](http://evil)",
        "```example.com```",
        "||spoiler||.com",
        "exa\u202emple.com",
        "exa\u200bmple.com",
        "exa\u0000mple.com",
        "\u001b[2Jexample.com",
        "example.com lang=<!here>",
        "example.com dkim=@everyone",
        "<!channel>".repeat(1000),
        "a".repeat(10_000) + ".com");
  }

  @ParameterizedTest(name = "/mx {0}")
  @MethodSource("typed")
  @DisplayName("what the agent typed comes back inert when refused, on every platform")
  void refusalsAreInert(String typed) {
    ParsedRequest request = MxRequest.parse(typed, LANGS);
    InputRefusal refusal =
        request.isAccepted() ? refusal(request.request().domainInput()) : request.refusal();
    if (refusal == null) {
      return; // accepted: it is a domain, and the report shows its A-label form
    }

    String plain = new PlainTextRenderer(GUIDES).renderRefusal(refusal, "en");
    Inert.assertNoControlCharacters(plain);
    Inert.assertSlack(json(new SlackRenderer(GUIDES).refusal(refusal, "en")));
    assertThatCode(
            () -> Inert.assertDiscordText(new DiscordRenderer(GUIDES).refusal(refusal, "en")))
        .doesNotThrowAnyException();
  }

  private static InputRefusal refusal(String domainInput) {
    ParsedDomain parsed = DomainName.parse(domainInput, List.of());
    return parsed.isAccepted() ? null : parsed.refusal();
  }

  private static JsonObject json(SlackMessage message) {
    JsonObject root = new JsonObject();
    root.addProperty("text", message.text());
    JsonElement blocks = GsonFactory.createSnakeCase().toJsonTree(message.blocks());
    root.add("blocks", blocks);
    return root;
  }
}
