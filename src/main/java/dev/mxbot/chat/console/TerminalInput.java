package dev.mxbot.chat.console;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/**
 * The console's input on a real terminal, through JLine: arrow keys, Ctrl-A/Ctrl-E, Ctrl-R (reverse
 * search) and the other Emacs-style keys edit the line, up and down recall earlier lines. The
 * history lives only as long as the session and is never written to disk: what an agent types could
 * be a pasted secret as well as a domain. {@code !} is not history expansion: a line is taken as
 * typed.
 *
 * <p>Ctrl-C drops the line being typed; on an empty line, and Ctrl-D, it leaves the console. Only
 * {@code console} and {@code demo} on a terminal load this class, and with it JLine.
 */
public final class TerminalInput implements ConsoleInput {

  private final Terminal terminal;
  private final LineReader reader;

  /** Reads from {@code terminal}, which this input then owns and closes. */
  public TerminalInput(Terminal terminal) {
    this.terminal = terminal;
    this.reader =
        LineReaderBuilder.builder()
            .terminal(terminal)
            .appName("mxbot")
            .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
            .option(LineReader.Option.HISTORY_IGNORE_SPACE, false)
            .build();
  }

  /**
   * The process's own terminal (standard input and output), in UTF-8; a dumb terminal (no editing,
   * still line by line) where JLine cannot drive it.
   */
  public static TerminalInput system() throws IOException {
    return new TerminalInput(
        TerminalBuilder.builder().system(true).dumb(true).encoding(StandardCharsets.UTF_8).build());
  }

  @Override
  public String readLine(String prompt) throws IOException {
    try {
      return reader.readLine(prompt);
    } catch (UserInterruptException interrupted) {
      return interrupted.getPartialLine().isEmpty() ? null : "";
    } catch (EndOfFileException end) {
      return null;
    }
  }

  @Override
  public void close() throws IOException {
    terminal.close();
  }
}
