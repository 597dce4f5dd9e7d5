package dev.mxbot.checks.mtasts;

/**
 * Why a TXT record or a policy is not usable: {@code reason} is the id of a message ({@code
 * reason.mtasts.<reason>}), {@code value} the offending text (may be empty), {@code line} its line
 * in the policy (0 when not about a line). Thrown by the readers.
 */
public final class MtaStsProblem extends Exception {

  private static final long serialVersionUID = 1L;

  private final String reason;
  private final String value;
  private final int line;

  public MtaStsProblem(String reason, String value, int line) {
    super(reason + " at line " + line + ": " + value, null, false, false);
    this.reason = reason;
    this.value = value;
    this.line = line;
  }

  public String reason() {
    return reason;
  }

  public String value() {
    return value;
  }

  public int line() {
    return line;
  }
}
