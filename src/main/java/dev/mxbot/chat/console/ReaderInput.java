package dev.mxbot.chat.console;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;

/**
 * The console's input when it is not a terminal (a pipe, a file, a test's text): lines as they
 * come, no editing. The prompt is written to {@code out}. Closing it closes nothing: the streams
 * are the caller's.
 */
public final class ReaderInput implements ConsoleInput {

  private final BufferedReader in;
  private final PrintWriter out;

  public ReaderInput(BufferedReader in, PrintWriter out) {
    this.in = in;
    this.out = out;
  }

  @Override
  public String readLine(String prompt) throws IOException {
    out.print(prompt);
    out.flush();
    return in.readLine();
  }

  @Override
  public void close() {}
}
