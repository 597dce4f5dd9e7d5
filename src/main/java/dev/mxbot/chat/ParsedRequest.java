package dev.mxbot.chat;

import dev.mxbot.core.InputRefusal;
import java.util.Objects;

/**
 * The outcome of {@link MxRequest#parse}: exactly one of a request, a refusal, the wish for help
 * ({@code /mx help}), or the wish for a domain's history ({@code /mx history <domain>}: {@code
 * historyOf} is the domain as typed), or a watch command ({@code /mx watch|watches|unwatch}).
 */
public record ParsedRequest(
    MxRequest request, InputRefusal refusal, boolean help, String historyOf, WatchCommand watch) {

  /** {@code /mx help}, {@code help} or {@code ?}. */
  public static final ParsedRequest HELP = new ParsedRequest(null, null, true);

  public ParsedRequest {
    int given =
        (request == null ? 0 : 1)
            + (refusal == null ? 0 : 1)
            + (help ? 1 : 0)
            + (historyOf == null ? 0 : 1)
            + (watch == null ? 0 : 1);
    if (given != 1) {
      throw new IllegalArgumentException("exactly one of request, refusal, help, history, watch");
    }
  }

  /** Any of the first four. */
  public ParsedRequest(MxRequest request, InputRefusal refusal, boolean help, String historyOf) {
    this(request, refusal, help, historyOf, null);
  }

  /** {@code /mx watch <domain>}, {@code /mx watches}, {@code /mx unwatch <domain>}. */
  public static ParsedRequest watch(WatchCommand command) {
    return new ParsedRequest(null, null, false, null, Objects.requireNonNull(command));
  }

  /** Any of the first three. */
  public ParsedRequest(MxRequest request, InputRefusal refusal, boolean help) {
    this(request, refusal, help, null);
  }

  /** {@code /mx history <domain>}. */
  public static ParsedRequest history(String domainInput) {
    return new ParsedRequest(null, null, false, Objects.requireNonNull(domainInput));
  }

  public static ParsedRequest accepted(MxRequest request) {
    return new ParsedRequest(Objects.requireNonNull(request), null, false);
  }

  public static ParsedRequest refused(InputRefusal refusal) {
    return new ParsedRequest(null, Objects.requireNonNull(refusal), false);
  }

  public boolean isAccepted() {
    return request != null;
  }
}
