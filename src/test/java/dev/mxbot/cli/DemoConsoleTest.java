package dev.mxbot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mxbot.chat.CommandRouter;
import dev.mxbot.chat.console.ConsoleChat;
import dev.mxbot.render.PlainTextRenderer;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The demo console: an agent types commands and reads the same report the chat gives. */
@DisplayName("mxbot demo console")
class DemoConsoleTest {

  private static String converse(DemoWorld world, String typed) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    new ConsoleChat(
            world.app.get(CommandRouter.class),
            world.app.get(PlainTextRenderer.class),
            new BufferedReader(new StringReader(typed)),
            out,
            "en")
        .start();
    return bytes.toString(StandardCharsets.UTF_8);
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
}
