package dev.mxbot.cli;

import java.util.OptionalInt;

/**
 * The jar's {@code Main-Class}: {@code java -jar mxbot.jar check …} is handed to the launcher when
 * {@link LauncherHandOff} finds it; everything else, and a check it does not take, is {@link Main}.
 * A class of its own so that a handed-off check loads nothing of the command line (verifying {@code
 * Main} alone loads picocli's classes).
 */
public final class JarMain {

  private JarMain() {}

  public static void main(String[] args) {
    OptionalInt launched = LauncherHandOff.run(args);
    if (launched.isPresent()) {
      // nothing of this JVM is left to close or flush: the launcher wrote to the shared streams
      Runtime.getRuntime().halt(launched.getAsInt());
    }
    Main.main(args);
  }
}
