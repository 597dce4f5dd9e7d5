package dev.mxbot.chat.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jline.terminal.impl.ExternalTerminal;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Line editing and history through JLine, driven with the bytes an xterm sends for each key (no
 * real terminal needed): what {@link TerminalInput#readLine} returns is what the agent meant. JLine
 * switches the terminal's cursor keys to application mode (it writes {@code ESC [ ? 1 h}), in which
 * an xterm sends {@code ESC O A} for the up arrow. The terminal is JLine's {@link ExternalTerminal}
 * on byte streams: unlike {@code TerminalBuilder.streams(..)}, which opens a pseudo-terminal and
 * probes it (swallowing the keys as answers), it reads exactly these bytes.
 */
@DisplayName("console line editing (JLine)")
class TerminalInputTest {

  private static final String ENTER = "\r";
  private static final String UP = "\u001BOA";
  private static final String LEFT = "\u001BOD";
  private static final String CTRL_A = "\u0001";
  private static final String CTRL_E = "\u0005";
  private static final String CTRL_R = "\u0012";

  /** Every line {@link TerminalInput} reads from {@code keys}, until end of input. */
  static List<String> linesTyped(String keys) throws Exception {
    ByteArrayOutputStream screen = new ByteArrayOutputStream();
    List<String> lines = new ArrayList<>();
    try (TerminalInput input =
        new TerminalInput(
            new ExternalTerminal(
                "test",
                "xterm",
                new ByteArrayInputStream(keys.getBytes(StandardCharsets.UTF_8)),
                screen,
                StandardCharsets.UTF_8))) {
      String line;
      while ((line = input.readLine("> ")) != null) {
        lines.add(line);
      }
    }
    return lines;
  }

  @Test
  @DisplayName("up arrow recalls the previous line")
  void upRecalls() throws Exception {
    assertThat(linesTyped("ovh-customer.it" + ENTER + UP + ENTER))
        .containsExactly("ovh-customer.it", "ovh-customer.it");
  }

  @Test
  @DisplayName("left arrow moves the cursor: a letter typed there is inserted, not appended")
  void leftInserts() throws Exception {
    assertThat(linesTyped("ovh-custmer.it" + LEFT.repeat(6) + "o" + ENTER))
        .containsExactly("ovh-customer.it");
  }

  @Test
  @DisplayName("Ctrl-A goes to the start of the line, Ctrl-E to its end")
  void startAndEnd() throws Exception {
    assertThat(linesTyped("ovh-customer" + CTRL_A + "/mx " + CTRL_E + ".it" + ENTER))
        .containsExactly("/mx ovh-customer.it");
  }

  @Test
  @DisplayName("Ctrl-R finds an earlier line by what it contains")
  void reverseSearch() throws Exception {
    assertThat(linesTyped("caffè.it" + ENTER + "mx-2016.it" + ENTER + CTRL_R + "caf" + ENTER))
        .containsExactly("caffè.it", "mx-2016.it", "caffè.it");
  }

  @Test
  @DisplayName("an exclamation mark is text, not history expansion")
  void noEventExpansion() throws Exception {
    assertThat(linesTyped("a.it" + ENTER + "!!" + ENTER)).containsExactly("a.it", "!!");
  }
}
