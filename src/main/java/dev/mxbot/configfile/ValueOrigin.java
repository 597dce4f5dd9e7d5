package dev.mxbot.configfile;

/**
 * Where one key of a configuration file got its value: its default, the file, or an environment
 * variable ({@link Overrides}). Shown by {@code mxbot config} next to each value.
 *
 * @param kind which of the three
 * @param where the file as shown in messages, or the variable's name; empty for a default
 */
public record ValueOrigin(Kind kind, String where) {

  /** The three places a value comes from, in increasing precedence. */
  public enum Kind {
    DEFAULT,
    FILE,
    ENVIRONMENT
  }

  /** The key kept its default. */
  public static final ValueOrigin DEFAULT = new ValueOrigin(Kind.DEFAULT, "");

  /**
   * {@code default}, {@code file bot-config/mxbot.yaml} or {@code environment MXBOT_DNS_TIMEOUT}.
   */
  @Override
  public String toString() {
    return switch (kind) {
      case DEFAULT -> "default";
      case FILE -> "file " + where;
      case ENVIRONMENT -> "environment " + where;
    };
  }
}
