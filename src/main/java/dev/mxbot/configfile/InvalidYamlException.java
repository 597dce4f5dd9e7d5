package dev.mxbot.configfile;

/**
 * A YAML document that cannot be read: a syntax error, a key given twice, a key that is not a
 * single value, a number that is not one. {@link #line()} is where the problem is, 1-based, or 0
 * when unknown.
 */
final class InvalidYamlException extends Exception {

  private final int line;

  InvalidYamlException(int line, String reason, Throwable cause) {
    super(reason, cause);
    this.line = line;
  }

  InvalidYamlException(int line, String reason) {
    this(line, reason, null);
  }

  /** The line of the problem, 1-based; 0 when unknown. */
  int line() {
    return line;
  }
}
