package dev.mxbot.chat;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mxbot.chat.console.ConsoleChat;
import dev.mxbot.render.PlainTextRenderer;
import dev.mxbot.testing.DemoWorld;
import dev.mxbot.testing.DiscordWorld;
import dev.mxbot.testing.FakeInteractions;
import dev.mxbot.testing.SlackHttpRun;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * An agent with a ticket about two domains, or unsure how to ask: {@code /mx a.it b.it} (or {@code
 * a.it,b.it}) gives one report each, {@code /mx help} explains, {@code mx a.it} works in the
 * console — the same in the console, Slack and Discord.
 */
@DisplayName("/mx with several domains, and /mx help, everywhere")
class SeveralDomainsTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static String converse(DemoWorld world, String typed) throws Exception {
    StringWriter text = new StringWriter();
    new ConsoleChat(
            world.app.get(Pipelines.class).create(Platform.CONSOLE),
            world.app.get(PlainTextRenderer.class),
            new BufferedReader(new StringReader(typed)),
            new PrintWriter(text, true),
            "en")
        .start();
    return text.toString();
  }

  @Test
  @DisplayName(
      "console: 'mx a.it,b.it' gives two reports, '/mx help' explains, 'share' says it does nothing"
          + " here")
  void console() throws Exception {
    try (DemoWorld world = DemoWorld.start()) {
      String transcript =
          converse(world, "mx mx-2016.it,spf-none.it\n/mx help\nmx-legacy.it share\nquit\n");

      assertThat(transcript)
          .contains("Mail DNS of mx-2016.it")
          .contains("Mail DNS of spf-none.it")
          .contains("How to use /mx")
          .contains("share posts an answer in a chat channel")
          .contains("Mail DNS of mx-legacy.it");
      assertThat(transcript.indexOf("Mail DNS of mx-2016.it"))
          .as("in the order asked")
          .isLessThan(transcript.indexOf("Mail DNS of spf-none.it"));
    }
  }

  @Test
  @DisplayName(
      "Slack: /mx mx-2016.it spf-none.it acks 'Checking mx-2016.it, spf-none.it…' and answers twice,"
          + " each report re-checking its own domain; /mx help answers in the ack")
  void slack() throws Exception {
    try (SlackHttpRun run = SlackHttpRun.start()) {
      HttpResponse<String> ack =
          run.post(run.slashCommand("mx-2016.it spf-none.it dkim=sel1", "two"));
      assertThat(JSON.readTree(ack.body()).path("text").asText())
          .isEqualTo("Checking mx-2016.it, spf-none.it…");
      List<String> answers = new ArrayList<>();
      answers.add(run.slack.nextResponse(30).body());
      answers.add(run.slack.nextResponse(30).body());
      assertThat(answers)
          .anySatisfy(
              a -> assertThat(a).contains("Mail DNS of mx-2016.it").contains("en:mx-2016.it dkim"))
          .anySatisfy(
              a ->
                  assertThat(a)
                      .contains("spf-none.it")
                      .contains("en:spf-none.it dkim")
                      .doesNotContain("mx-2016.it dkim"));

      HttpResponse<String> help = run.post(run.slashCommand("help", "help"));
      assertThat(JSON.readTree(help.body()).path("text").asText()).startsWith("How to use /mx");
      run.settle();
      assertThat(run.slack.pollResponse(0)).as("nothing more").isNull();
    }
  }

  @Test
  @DisplayName(
      "Discord: two domains: the deferred answer is the first report, the second follows as its own"
          + " private message; 'help' in the domain field answers at once")
  void discord() throws Exception {
    try (DiscordWorld world = DiscordWorld.start()) {
      ObjectNode interaction = new FakeInteractions().slash("domain", "mx-2016.it, spf-none.it");
      String token = interaction.get("token").asText();
      world.gateway.dispatch("INTERACTION_CREATE", interaction);

      JsonNode edit = world.rest.answerTo(token);
      JsonNode second =
          world
              .rest
              .await(
                  c ->
                      c.method().equals("POST")
                          && c.path().startsWith("webhooks/")
                          && c.path().endsWith(token))
              .body();
      world.settle();
      assertThat(List.of(edit.toString(), second.toString()))
          .anySatisfy(m -> assertThat(m).contains("mx-2016.it"))
          .anySatisfy(m -> assertThat(m).contains("spf-none.it"));
      assertThat(second.path("flags").asInt() & 64).as("private, like the first").isEqualTo(64);

      ObjectNode help = new FakeInteractions().slash("domain", "help");
      world.gateway.dispatch("INTERACTION_CREATE", help);
      assertThat(world.rest.answerTo(help.get("token").asText()).get("content").asText())
          .contains("How to use /mx");
    }
  }
}
