package dev.mxbot.chat;

import dev.mxbot.core.InputRefusal;
import java.util.Objects;

/** The outcome of {@link MxRequest#parse}: exactly one of {@code request} and {@code refusal}. */
public record ParsedRequest(MxRequest request, InputRefusal refusal) {

  public ParsedRequest {
    if ((request == null) == (refusal == null)) {
      throw new IllegalArgumentException("exactly one of request and refusal");
    }
  }

  public static ParsedRequest accepted(MxRequest request) {
    return new ParsedRequest(Objects.requireNonNull(request), null);
  }

  public static ParsedRequest refused(InputRefusal refusal) {
    return new ParsedRequest(null, Objects.requireNonNull(refusal));
  }

  public boolean isAccepted() {
    return request != null;
  }
}
