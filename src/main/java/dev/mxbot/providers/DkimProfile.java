package dev.mxbot.providers;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How a provider publishes DKIM keys. {@code selectors} are the names worth trying without being
 * told; {@code selectorPattern} recognises the provider's selectors (account-specific numbers
 * included); {@code type} says whether {@code <selector>._domainkey} holds the key (TXT) or a CNAME
 * to the provider, in which case {@code targetPattern}, when present, recognises the CNAME target.
 */
public record DkimProfile(
    List<String> selectors,
    Optional<Pattern> selectorPattern,
    Type type,
    Optional<Pattern> targetPattern) {

  /** What the customer's zone holds at {@code <selector>._domainkey}. */
  public enum Type {
    TXT,
    CNAME
  }

  public DkimProfile {
    selectors = List.copyOf(selectors);
  }

  /** True when {@code selector} is one of this provider's, listed or matching the pattern. */
  public boolean isSelector(String selector) {
    String s = selector.trim().toLowerCase(java.util.Locale.ROOT);
    return selectors.contains(s) || selectorPattern.map(p -> p.matcher(s).matches()).orElse(false);
  }

  /** True when a DKIM CNAME target (absolute or not) points to this provider. */
  public boolean isTarget(String target) {
    return targetPattern.map(p -> p.matcher(HostNames.bare(target)).matches()).orElse(false);
  }
}
