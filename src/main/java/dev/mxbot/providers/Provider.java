package dev.mxbot.providers;

import dev.mxbot.core.MxEntry;
import dev.mxbot.core.ProviderRef;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One entry of the catalog, as described by its file in {@code bot-config/providers/}: a DNS host
 * (it has {@code nameservers}), a mail provider (it has {@code mxHosts}), both, or a sending
 * service ({@link ProviderKind#SENDER}: SPF includes only).
 *
 * <p>{@code nameserverPairing}, when present, has a named group {@code pair}: two nameservers of
 * this host belong together when they match it with the same {@code pair} value (OVHcloud's {@code
 * ns109}/{@code dns109}). {@code spfIncludes} are lower-case domains as written after {@code
 * include:}, without trailing dot.
 */
public record Provider(
    String id,
    String name,
    boolean home,
    ProviderKind kind,
    List<Pattern> nameservers,
    Optional<Pattern> nameserverPairing,
    List<MxHostRule> mxHosts,
    List<MxSet> mxSets,
    List<String> spfIncludes,
    List<AutoconfigRecord> autoconfig,
    Optional<DkimProfile> dkim) {

  public Provider {
    nameservers = List.copyOf(nameservers);
    mxHosts = List.copyOf(mxHosts);
    mxSets = List.copyOf(mxSets);
    spfIncludes = List.copyOf(spfIncludes);
    autoconfig = List.copyOf(autoconfig);
  }

  /** The report's view of this provider (no variant). */
  public ProviderRef toRef() {
    return ProviderRef.of(id, name);
  }

  /** True when the catalog can recognise zones hosted here. */
  public boolean isDnsHost() {
    return !nameservers.isEmpty();
  }

  /** True when the catalog can recognise mail hosted here (never for sending services). */
  public boolean isMailProvider() {
    return kind == ProviderKind.PROVIDER && !mxHosts.isEmpty();
  }

  /** True when {@code host} (absolute or not, any case) is one of this host's nameservers. */
  public boolean isNameserver(String host) {
    String bare = HostNames.bare(host);
    return nameservers.stream().anyMatch(p -> p.matcher(bare).matches());
  }

  /** The pair number of a nameserver ({@code 109} for {@code dns109.ovh.net.}), if it has one. */
  public Optional<String> pairOf(String nameserver) {
    return nameserverPairing.flatMap(
        p -> {
          Matcher m = p.matcher(HostNames.bare(nameserver));
          return m.matches() ? Optional.ofNullable(m.group("pair")) : Optional.empty();
        });
  }

  /** The kind of {@code mxHost} when it is one of this provider's MX hosts (first rule wins). */
  public Optional<MxHostKind> mxKindOf(String mxHost) {
    return mxHosts.stream().filter(r -> r.matches(mxHost)).map(MxHostRule::kind).findFirst();
  }

  /** The documented set {@code found} is exactly equal to, if any (see {@link MxSet#matches}). */
  public Optional<MxSet> matchingMxSet(Collection<MxEntry> found) {
    return mxSets.stream().filter(s -> s.matches(found)).findFirst();
  }

  /** The sets to recommend today. */
  public List<MxSet> currentMxSets() {
    return mxSets.stream().filter(s -> s.status() == MxSetStatus.CURRENT).toList();
  }

  /** True when {@code include} (any case, trailing dot optional) is one of this provider's. */
  public boolean hasSpfInclude(String include) {
    return spfIncludes.contains(HostNames.bare(include));
  }
}
