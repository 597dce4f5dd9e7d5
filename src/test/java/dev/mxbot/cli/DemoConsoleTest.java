package dev.mxbot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mxbot.chat.Pipelines;
import dev.mxbot.chat.Platform;
import dev.mxbot.chat.console.ConsoleChat;
import dev.mxbot.demo.DemoZones;
import dev.mxbot.render.PlainTextRenderer;
import dev.mxbot.testing.DemoWorld;
import java.io.BufferedReader;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The demo console: an agent types commands and reads the same report the chat gives. */
@DisplayName("mxbot demo console")
class DemoConsoleTest {

  private static String converse(DemoWorld world, String typed) throws Exception {
    java.io.StringWriter text = new java.io.StringWriter();
    java.io.PrintWriter out = new java.io.PrintWriter(text, true);
    new ConsoleChat(
            world.app.get(Pipelines.class).create(Platform.CONSOLE),
            world.app.get(PlainTextRenderer.class),
            new BufferedReader(new StringReader(typed)),
            out,
            "en")
        .start();
    return text.toString();
  }

  @Test
  @DisplayName("answers /mx for every sample domain the demo lists")
  void everySample() throws Exception {
    try (DemoWorld world = DemoWorld.start()) {
      var samples = DemoZones.load(Path.of("bot-config/demo")).samples();
      String typed =
          samples.stream().map(s -> "/mx " + s.domain()).collect(Collectors.joining("\n"))
              + "\nquit\n";

      String transcript = converse(world, typed);

      for (DemoZones.Sample sample : samples) {
        assertThat(transcript).contains("Mail DNS of " + sample.domain());
      }
      assertThat(transcript).doesNotContain("Exception");
    }
  }

  @Test
  @DisplayName("help, a bare domain, bad input and quit behave like a chat")
  void conversation() throws Exception {
    try (DemoWorld world = DemoWorld.start()) {
      String transcript =
          converse(world, "help\nmx-2016.it\n/mx 192.0.2.1\n/foo\nquit\n/mx never-reached.it\n");

      assertThat(transcript).contains("Commands:");
      assertThat(transcript).contains("Mail DNS of mx-2016.it");
      assertThat(transcript).contains("I cannot check that").contains("192.0.2.1");
      assertThat(transcript).contains("Unknown command \"/foo\"");
      assertThat(transcript).doesNotContain("never-reached");
      assertThat(transcript).endsWith("Bye.\n");
    }
  }

  @Test
  @DisplayName("mxbot demo lists the sample domains, then answers in its console")
  void demoCommand() {
    CheckCommandTest.Run run =
        CheckCommandTest.runTyping("/mx mx-legacy.it\nquit\n", "demo", "--config", "bot-config");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("Demo mode")
        .contains("ovh-customer.it — a healthy OVHcloud customer")
        .contains("unknown-domain.it")
        .contains("pre-2016");
  }

  @Test
  @DisplayName(
      "mxbot with no chat secrets, on a terminal, says which variables to set and opens the console")
  void serveWithoutSecrets() {
    java.io.StringWriter out = new java.io.StringWriter();
    Terminal terminal =
        new Terminal(
            new BufferedReader(new StringReader("help\nquit\n")),
            new java.io.PrintWriter(out, true),
            true);

    int code =
        new picocli.CommandLine(new Main(terminal).spec(), terminal.factory())
            .execute("--config", "bot-config");

    assertThat(code).isZero();
    assertThat(out.toString())
        .contains("No chat platform is configured")
        .contains("SLACK_BOT_TOKEN")
        .contains("SLACK_APP_TOKEN")
        .contains("SLACK_SIGNING_SECRET")
        .contains("DISCORD_TOKEN")
        .contains("Commands:");
  }

  @Test
  @DisplayName("lang=de answers in German; lang=ja answers in the default language with a note")
  void languages() throws Exception {
    try (DemoWorld world = DemoWorld.start()) {
      String transcript = converse(world, "/mx mx-2016.it lang=de\n/mx mx-2016.it lang=ja\nquit\n");

      assertThat(transcript).contains("MX-Eintrag");
      assertThat(transcript).contains("I don't speak \"ja\" yet, so I answer in English.");
    }
  }
}
