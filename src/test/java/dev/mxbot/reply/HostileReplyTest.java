package dev.mxbot.reply;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.slack.api.util.json.GsonFactory;
import dev.mxbot.core.CustomerReply;
import dev.mxbot.core.DomainName;
import dev.mxbot.core.Finding;
import dev.mxbot.core.FindingCode;
import dev.mxbot.core.ProviderRef;
import dev.mxbot.core.Report;
import dev.mxbot.core.ReportRecords;
import dev.mxbot.core.Verdict;
import dev.mxbot.guides.GuideCatalog;
import dev.mxbot.providers.ProviderCatalog;
import dev.mxbot.render.discord.DiscordRenderer;
import dev.mxbot.render.slack.SlackRenderer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * DNS text is hostile: a TXT record holding backticks, a Slack mention and {@code @everyone} ends
 * up in the reply (the SPF records to merge), and still cannot leave the chat's block.
 */
@DisplayName("Customer reply with hostile DNS text")
class HostileReplyTest {

  private static final String HOSTILE = "v=spf1 ```<@U123> @everyone <!channel> *bold* ``` ~all";

  private static final Path CONFIG = Path.of("bot-config");

  private final ProviderCatalog providers = ProviderCatalog.load(CONFIG.resolve("providers"));
  private final GuideCatalog guides =
      GuideCatalog.load(CONFIG.resolve("guides.yaml"), providers.home().id());
  private final CustomerReplies replies =
      new CustomerReplies(CONFIG.resolve("replies"), providers, guides);

  private CustomerReply reply() {
    Report report =
        new Report(
            "hostile.it",
            DomainName.of("hostile.it"),
            Verdict.ERROR,
            ProviderRef.of("ovhcloud", "OVHcloud"),
            null,
            new ReportRecords(
                List.of("dns109.ovh.net."),
                List.of(),
                List.of(HOSTILE, "v=spf1 include:mx.ovh.com \u202e~all"),
                List.of()),
            List.of(
                Finding.of(
                    FindingCode.SPF_MULTIPLE, "count", "2", "records", HOSTILE, "ttl", "600")),
            Duration.ZERO);
    return replies.write(report, "en");
  }

  @Test
  @DisplayName("the reply keeps the text but holds no backtick and no terminal control character")
  void replyDefused() {
    String text = reply().text();
    assertThat(text).contains("<@U123> @everyone").contains("10 min");
    assertThat(text).doesNotContain("`").doesNotContain("\u202e").contains("\\u202E");
  }

  @Test
  @DisplayName("Slack: one preformatted rich-text element holding the reply verbatim, nothing else")
  void slackBlockIsClosed() {
    CustomerReply reply = reply();
    JsonObject blocks =
        GsonFactory.createSnakeCase()
            .toJsonTree(new SlackRenderer(guides).customerReply(reply, "en"))
            .getAsJsonObject();
    JsonArray list = blocks.getAsJsonArray("blocks");
    JsonObject rich = list.get(list.size() - 1).getAsJsonObject();
    assertThat(rich.get("type").getAsString()).isEqualTo("rich_text");
    JsonArray elements = rich.getAsJsonArray("elements");
    assertThat(elements).hasSize(1);
    JsonObject pre = elements.get(0).getAsJsonObject();
    assertThat(pre.get("type").getAsString()).isEqualTo("rich_text_preformatted");
    JsonArray texts = pre.getAsJsonArray("elements");
    assertThat(texts).hasSize(1);
    assertThat(texts.get(0).getAsJsonObject().get("type").getAsString()).isEqualTo("text");
    assertThat(texts.get(0).getAsJsonObject().get("text").getAsString()).isEqualTo(reply.text());
    assertThat(rich.toString()).doesNotContain("\"user\"").doesNotContain("broadcast");
  }

  @Test
  @DisplayName("Discord: exactly one code block, opened and closed by the renderer's own fences")
  void discordBlockIsClosed() {
    CustomerReply reply = reply();
    String block = new DiscordRenderer(guides).customerReplyBlock(reply);
    assertThat(block).startsWith("```\n").endsWith("```");
    assertThat(block.split("```", -1)).hasSize(3);
    assertThat(block.substring(4, block.length() - 3)).isEqualTo(reply.text());
  }
}
