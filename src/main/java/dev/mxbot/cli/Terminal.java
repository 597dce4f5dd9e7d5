package dev.mxbot.cli;

import java.io.BufferedReader;
import java.io.PrintWriter;
import picocli.CommandLine;

/**
 * Where the interactive commands read and write: the process's standard streams in production, a
 * test's buffers in tests. Given to commands through picocli's factory.
 */
record Terminal(BufferedReader in, PrintWriter out) {

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
