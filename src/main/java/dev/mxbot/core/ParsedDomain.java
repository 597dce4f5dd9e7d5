package dev.mxbot.core;

import java.util.Objects;

/** The outcome of {@link DomainName#parse}: exactly one of {@code domain} and {@code refusal}. */
public record ParsedDomain(DomainName domain, InputRefusal refusal) {

  public ParsedDomain {
    if ((domain == null) == (refusal == null)) {
      throw new IllegalArgumentException("exactly one of domain and refusal");
    }
  }

  public static ParsedDomain accepted(DomainName domain) {
    return new ParsedDomain(Objects.requireNonNull(domain), null);
  }

  public static ParsedDomain refused(InputRefusal refusal) {
    return new ParsedDomain(null, Objects.requireNonNull(refusal));
  }

  public boolean isAccepted() {
    return domain != null;
  }
}
