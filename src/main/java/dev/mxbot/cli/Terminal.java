package dev.mxbot.cli;

import java.io.BufferedReader;
import java.io.PrintWriter;
import picocli.CommandLine;

/**
 * Where the interactive commands read and write: the process's standard streams in production, a
 * test's buffers in tests. Given to commands through picocli's factory.
 *
 * @param in what the user types
 * @param out what the user reads
 * @param interactive whether a person can type at all: false in a container or under systemd
 *     (standard input is no terminal), where {@code serve} must not fall back to the console
 */
record Terminal(BufferedReader in, PrintWriter out, boolean interactive) {

  /** On {@code in} and {@code out}, interactive when the process has a terminal. */
  Terminal(BufferedReader in, PrintWriter out) {
    this(in, out, hasTerminal());
  }

  /**
   * True when the JVM has a console: standard input and output are both a terminal (Java 17's
   * {@link System#console()} is null otherwise).
   */
  static boolean hasTerminal() {
    return System.console() != null;
  }

  /** Creates commands that take a {@link Terminal} in their constructor, others as picocli does. */
  CommandLine.IFactory factory() {
    return new CommandLine.IFactory() {
      @Override
      public <K> K create(Class<K> type) throws Exception {
        try {
          return type.getDeclaredConstructor(Terminal.class).newInstance(Terminal.this);
        } catch (NoSuchMethodException noTerminal) {
          return CommandLine.defaultFactory().create(type);
        }
      }
    };
  }
}
