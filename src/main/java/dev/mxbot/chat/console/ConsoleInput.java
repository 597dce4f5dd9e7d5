package dev.mxbot.chat.console;

import java.io.IOException;

/**
 * Where the console reads what the agent types, one line at a time: a plain reader for pipes and
 * tests ({@link ReaderInput}), a line editor with history on a real terminal ({@link
 * TerminalInput}). Closing it gives the terminal back as it was.
 */
public interface ConsoleInput extends AutoCloseable {

  /** Shows {@code prompt}, then returns the next line without its end, or null at end of input. */
  String readLine(String prompt) throws IOException;

  @Override
  void close() throws IOException;
}
