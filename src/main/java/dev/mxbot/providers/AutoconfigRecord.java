package dev.mxbot.providers;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A client autoconfiguration record a provider expects in the customer's zone. {@code name} is
 * relative to the customer's domain ({@code _autodiscover._tcp}, {@code autoconfig}); {@code
 * target} is absolute and lower case ({@code mailconfig.ovh.net.}); {@code port} is set for SRV
 * records only. {@code required} is false for records that are usual but not always published.
 * {@code alsoAccepted} are host patterns (full match, case-insensitive, without the final dot) of
 * other correct targets: the same provider's other mail products ({@code pro\d+\.mail\.ovh\.net}
 * for Email Pro).
 */
public record AutoconfigRecord(
    String name,
    Type type,
    String target,
    Integer port,
    boolean required,
    List<Pattern> alsoAccepted) {

  public AutoconfigRecord {
    alsoAccepted = List.copyOf(alsoAccepted);
  }

  /** A record with no other accepted target. */
  public AutoconfigRecord(String name, Type type, String target, Integer port, boolean required) {
    this(name, type, target, port, required, List.of());
  }

  /** True when {@code host} (absolute or not, any case) is a correct target for this record. */
  public boolean accepts(String host) {
    String bare = HostNames.bare(host);
    return bare.equals(HostNames.bare(target))
        || alsoAccepted.stream().anyMatch(p -> p.matcher(bare).matches());
  }

  /** The record type expected at {@code name}. */
  public enum Type {
    SRV,
    CNAME
  }
}
