package dev.mxbot.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * The way scripts and the launcher run a check ({@code check --config DIR --json example.it}), read
 * without picocli: picocli's model, converters and parse are about 5 % of a cold check (measured
 * paired: ×0.957 CPU, ×0.946 wall), on the main thread before anything else can start.
 *
 * <p>Only a command line that picocli would read the very same way is taken: {@code check} first,
 * then the check's options in their plain {@code --name value} form, each single-valued one at most
 * once, values and inputs that start with neither {@code -} nor {@code @} (picocli reads
 * {@code @file} as an argument file), numbers in plain decimal, and at least one input. Anything
 * else — {@code --help}, {@code --name=value}, {@code --}, an unknown option, a missing value, a
 * repeated option, an odd number — is left to picocli, which gives its usual answer or error
 * ({@code CheckLineTest} holds the two readings equal on generated command lines).
 */
final class CheckLine {

  private static final Set<String> FLAGS =
      Set.of("--json", "--record", "--allow-private-addresses");
  private static final Set<String> SINGLE =
      Set.of("--config", "--locale", "--reply", "--authoritative-port", "--timeout");
  private static final Set<String> REPEATABLE = Set.of("--dkim", "--resolver");

  private CheckLine() {}

  /** The check {@code args} ask for, when picocli is not needed to read them. */
  static Optional<CheckCommand> read(String[] args) {
    if (args.length < 2 || !args[0].equals(CheckCommand.NAME)) {
      return Optional.empty();
    }
    CheckCommand check = new CheckCommand();
    check.inputs = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int i = 1; i < args.length; i++) {
      String arg = args[i];
      if (!arg.startsWith("-")) {
        if (!plain(arg)) {
          return Optional.empty();
        }
        check.inputs.add(arg);
      } else if (FLAGS.contains(arg)) {
        if (!seen.add(arg)) {
          return Optional.empty();
        }
        flag(check, arg);
      } else if (SINGLE.contains(arg) || REPEATABLE.contains(arg)) {
        if (i + 1 == args.length
            || !plain(args[i + 1])
            || (SINGLE.contains(arg) && !seen.add(arg))
            || !value(check, arg, args[++i])) {
          return Optional.empty();
        }
      } else {
        return Optional.empty();
      }
    }
    return check.inputs.isEmpty() ? Optional.empty() : Optional.of(check);
  }

  /** An argument picocli takes as it is: not empty, not an option, not an argument file. */
  private static boolean plain(String arg) {
    return !arg.isEmpty() && arg.charAt(0) != '-' && arg.charAt(0) != '@';
  }

  private static void flag(CheckCommand check, String name) {
    switch (name) {
      case "--json" -> check.json = true;
      case "--record" -> check.record = true;
      default -> check.common.allowPrivateAddresses = true;
    }
  }

  /**
   * Sets option {@code name} to {@code value}; false when the value is one picocli should judge.
   */
  private static boolean value(CheckCommand check, String name, String value) {
    CommonOptions common = check.common;
    switch (name) {
      case "--config" -> {
        try {
          common.config = Path.of(value);
        } catch (InvalidPathException e) {
          return false;
        }
      }
      case "--locale" -> common.locale = value;
      case "--reply" -> check.reply = value;
      case "--dkim" -> check.dkim.add(value);
      case "--resolver" -> common.resolvers.add(value);
      case "--authoritative-port" -> {
        if (!digits(value, 9) || (value.length() > 1 && value.charAt(0) == '0')) {
          return false;
        }
        common.authoritativePort = Integer.valueOf(value);
      }
      case "--timeout" -> {
        int dot = value.indexOf('.');
        String whole = dot < 0 ? value : value.substring(0, dot);
        if (!digits(whole, 6) || (dot >= 0 && !digits(value.substring(dot + 1), 6))) {
          return false;
        }
        common.timeoutSeconds = Double.valueOf(value);
      }
      default -> {
        return false; // an option added to SINGLE or REPEATABLE but not here: picocli reads it
      }
    }
    return true;
  }

  /** One to {@code max} ASCII digits. */
  private static boolean digits(String text, int max) {
    if (text.isEmpty() || text.length() > max) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }
}
