package dev.mxbot.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.lang.reflect.Constructor;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/**
 * Where the interactive commands read and write: the process's standard streams in production, a
 * test's buffers in tests. Given to commands through picocli's factory.
 *
 * @param in what the user types
 * @param out what the user reads
 * @param attended whether a person can type at all: false in a container or under systemd (standard
 *     input is no terminal), where {@code serve} must not fall back to the console
 */
record Terminal(BufferedReader in, PrintWriter out, boolean attended) {

  /** On {@code in} and {@code out}, attended when the process has a terminal. */
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

  /** The process's standard input, in UTF-8, marked as such for {@link #interactive()}. */
  static BufferedReader standardInput() {
    return new StandardInput();
  }

  /**
   * Whether a person types here: the input is the process's own and both it and the output are a
   * terminal (not a pipe, a file or a test's buffer). The console then edits lines with JLine.
   */
  boolean interactive() {
    return in instanceof StandardInput && systemConsoleIsTerminal();
  }

  /**
   * {@code System.console()} exists only on a terminal up to Java 21; from Java 22 it may exist
   * anyway, and {@code Console.isTerminal()} (looked up, as Java 17 lacks it) tells.
   */
  private static boolean systemConsoleIsTerminal() {
    Console console = System.console();
    if (console == null) {
      return false;
    }
    try {
      return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
    } catch (ReflectiveOperationException beforeJava22) {
      return true;
    }
  }

  /**
   * Creates commands that take a {@link Terminal} in their constructor, everything else as {@link
   * PlainFactory} does.
   */
  CommandLine.IFactory factory() {
    return new CommandLine.IFactory() {
      @Override
      public <K> K create(Class<K> type) throws Exception {
        for (Constructor<?> constructor : type.getDeclaredConstructors()) {
          Class<?>[] parameters = constructor.getParameterTypes();
          if (parameters.length == 1 && parameters[0] == Terminal.class) {
            return type.cast(constructor.newInstance(Terminal.this));
          }
        }
        return PlainFactory.INSTANCE.create(type);
      }
    };
  }

  /** {@code System.in} as UTF-8 lines; its type tells {@link #interactive()} what it reads. */
  private static final class StandardInput extends BufferedReader {
    StandardInput() {
      super(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    }
  }
}
