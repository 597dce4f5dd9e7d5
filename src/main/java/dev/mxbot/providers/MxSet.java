package dev.mxbot.providers;

import dev.mxbot.core.MxEntry;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A documented set of MX records of a provider. {@code records} hold absolute lower-case hosts
 * ({@code mx0.mail.ovh.net.}); {@code region} is informative ({@code EU}, {@code CA}).
 */
public record MxSet(String id, MxSetStatus status, Optional<String> region, List<MxEntry> records) {

  /**
   * By preference, then host. Written out: {@code Comparator.comparingInt(…).thenComparing(…)}
   * links serializable lambdas, which no class cache holds, so a cold check would generate their
   * classes while it reads the knowledge files.
   */
  private static final Comparator<MxEntry> ORDER = MxSet::byPreferenceThenHost;

  /** The order of {@link #records}: preference, then host name. */
  public static int byPreferenceThenHost(MxEntry a, MxEntry b) {
    int preference = Integer.compare(a.preference(), b.preference());
    return preference != 0 ? preference : a.host().compareTo(b.host());
  }

  public MxSet {
    records = records.stream().map(MxSet::normalised).sorted(ORDER).toList();
  }

  /**
   * True when {@code found} is exactly this set: same hosts (any case, trailing dot optional) with
   * the same preferences, in any order, nothing more and nothing less.
   */
  public boolean matches(Collection<MxEntry> found) {
    return found.size() == records.size()
        && found.stream().map(MxSet::normalised).sorted(ORDER).toList().equals(records);
  }

  private static MxEntry normalised(MxEntry entry) {
    return new MxEntry(entry.preference(), HostNames.absolute(entry.host()));
  }
}
