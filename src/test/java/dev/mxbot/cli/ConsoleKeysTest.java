package dev.mxbot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mxbot.chat.Pipelines;
import dev.mxbot.chat.Platform;
import dev.mxbot.chat.console.ConsoleChat;
import dev.mxbot.chat.console.ConsoleInput;
import dev.mxbot.chat.console.TerminalInput;
import dev.mxbot.render.PlainTextRenderer;
import dev.mxbot.testing.DemoWorld;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.jline.terminal.impl.ExternalTerminal;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The console and the keys an agent presses: through JLine (on byte streams, as an xterm sends
 * them) the up arrow recalls the last command and the console answers it again; without a line
 * editor (a pipe) the raw escape sequence is answered as a key press, not refused as a domain.
 */
@DisplayName("console keys")
class ConsoleKeysTest {

  /** The up arrow of an xterm whose cursor keys JLine switched to application mode. */
  private static final String UP = "\u001BOA";

  @Test
  @DisplayName("up arrow then Enter checks the previous domain again")
  void upArrowRepeats() throws Exception {
    try (DemoWorld world = DemoWorld.start();
        ConsoleInput keys =
            new TerminalInput(
                new ExternalTerminal(
                    "test",
                    "xterm",
                    new ByteArrayInputStream(
                        ("ovh-customer.it\r" + UP + "\rquit\r").getBytes(StandardCharsets.UTF_8)),
                    new ByteArrayOutputStream(),
                    StandardCharsets.UTF_8))) {
      StringWriter text = new StringWriter();
      console(world, keys, new PrintWriter(text, true)).start();

      assertThat(Pattern.compile("Mail DNS of ovh-customer.it").matcher(text.toString()).results())
          .hasSize(2);
      assertThat(text.toString()).doesNotContain("U+001B").endsWith("Bye.\n");
    }
  }

  @Test
  @DisplayName("an arrow key read as text is answered as a key press")
  void escapeSequenceAsText() throws Exception {
    try (DemoWorld world = DemoWorld.start()) {
      StringWriter text = new StringWriter();
      PrintWriter out = new PrintWriter(text, true);
      new ConsoleChat(
              world.app.get(Pipelines.class).create(Platform.CONSOLE),
              world.app.get(PlainTextRenderer.class),
              new BufferedReader(new StringReader("\u001B[A\ncaffe\u001B[D\u0001\nquit\n")),
              out,
              "en")
          .start();

      assertThat(Pattern.compile("That looks like a key press").matcher(text.toString()).results())
          .hasSize(2);
      assertThat(text.toString()).doesNotContain("U+001B").doesNotContain("I cannot check");
    }
  }

  @Test
  @DisplayName("a test's reader, like a pipe, is not a terminal: no line editor")
  void readerIsNotInteractive() {
    Terminal terminal =
        new Terminal(new BufferedReader(new StringReader("")), new PrintWriter(new StringWriter()));

    assertThat(terminal.interactive()).isFalse();
  }

  private static ConsoleChat console(DemoWorld world, ConsoleInput keys, PrintWriter out) {
    return new ConsoleChat(
        world.app.get(Pipelines.class).create(Platform.CONSOLE),
        world.app.get(PlainTextRenderer.class),
        keys,
        out,
        "en");
  }
}
