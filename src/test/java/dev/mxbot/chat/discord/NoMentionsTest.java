package dev.mxbot.chat.discord;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mxbot.chat.Outcome;
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
import dev.mxbot.render.discord.DiscordRenderer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import net.dv8tion.jda.api.utils.messages.MessageEditData;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Every Discord message mxbot sends allows no mention at all, whatever text it carries. */
@DisplayName("Discord replies never ping anyone")
class NoMentionsTest {

  private static final String HOSTILE = "@everyone @here <@123> <@&456> <#789>";
  private static final Replies REPLIES =
      new Replies(
          new DiscordRenderer(GuideCatalog.load(Path.of("bot-config/guides.yaml"), "ovhcloud")));

  private static Report hostileReport() {
    List<Finding> findings =
        List.of(Finding.of(FindingCode.SPF_VALID, "record", "v=spf1 " + HOSTILE, "lookups", "0"));
    return new Report(
        HOSTILE,
        DomainName.of("hostile.example"),
        Verdict.of(findings),
        ProviderRef.of("ovhcloud", "OVHcloud"),
        null,
        new ReportRecords(
            List.of("ns1.example."), List.of(new MxEntry(10, "mx.example.")), List.of(), List.of()),
        findings,
        Duration.ofMillis(5));
  }

  @Test
  @DisplayName("a report with @everyone in its SPF record, private or shared: no mention allowed")
  void report() {
    Outcome outcome =
        new Outcome.Answered(
            "en",
            false,
            hostileReport(),
            List.of(new Notice("note.lang_unsupported", Map.of("lang", HOSTILE, "default", "en"))));

    MessageEditData reply = REPLIES.outcome(outcome, "hostile.example " + HOSTILE, true);
    MessageCreateData shared = REPLIES.shared(reply.getEmbeds(), "en", HOSTILE);

    assertThat(reply.getAllowedMentions()).isEmpty();
    assertThat(reply.getMentionedUsers()).isEmpty();
    assertThat(reply.getMentionedRoles()).isEmpty();
    assertThat(shared.getAllowedMentions()).isEmpty();
    assertThat(shared.getContent()).doesNotContain("@everyone", "@here");
  }

  @Test
  @DisplayName("a refusal quoting '@everyone' the agent typed: no mention allowed, '@' defused")
  void refusal() {
    InputRefusal refusal =
        new InputRefusal(InputRefusal.INVALID, "no_domain", Map.of("input", HOSTILE));

    MessageEditData reply = REPLIES.outcome(new Outcome.Refused("en", refusal), HOSTILE, true);
    MessageCreateData created = REPLIES.created("en", "input.no_domain", Map.of("input", HOSTILE));

    assertThat(reply.getAllowedMentions()).isEmpty();
    assertThat(created.getAllowedMentions()).isEmpty();
    assertThat(reply.getContent()).contains("@\u200Deveryone").doesNotContain("@everyone");
    assertThat(created.getContent()).doesNotContain("@everyone", "<@123>");
  }
}
