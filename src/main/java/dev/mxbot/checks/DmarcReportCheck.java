package dev.mxbot.checks;

import com.google.common.net.InternetDomainName;
import dev.mxbot.checks.DmarcFacts.DmarcInForce;
import dev.mxbot.checks.dmarc.DmarcRecord;
import dev.mxbot.core.Area;
import dev.mxbot.core.Check;
import dev.mxbot.core.CheckContext;
import dev.mxbot.core.Finding;
import dev.mxbot.core.FindingCode;
import dev.mxbot.dns.DnsAnswer;
import dev.mxbot.dns.DnsRecord;
import dev.mxbot.dns.RecordType;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * DMARC report authorisation (RFC 7489 §7.1): a receiver sends reports to a {@code rua}/{@code ruf}
 * address outside the domain's organisational domain only when the destination publishes {@code
 * <domain>._report._dmarc.<destination>} starting with {@code v=DMARC1}; without it, those reports
 * are never sent. One TXT question per external destination, at most {@value #MAX_DESTINATIONS}.
 * Only a negative answer (NXDOMAIN, NODATA, no {@code v=DMARC1} text) is reported; a failed lookup
 * leaves the DMARC area unchecked.
 */
final class DmarcReportCheck implements Check {

  /** Most external destinations asked about in one report: bounds the questions a record costs. */
  static final int MAX_DESTINATIONS = 5;

  private final Lookups lookups;
  private final DomainPresence presence;
  private final DmarcFacts dmarc;

  DmarcReportCheck(Lookups lookups, DomainPresence presence, DmarcFacts dmarc) {
    this.lookups = lookups;
    this.presence = presence;
    this.dmarc = dmarc;
  }

  @Override
  public Area area() {
    return Area.DMARC;
  }

  @Override
  public CompletionStage<?> run(CheckContext context) {
    return presence
        .known(context)
        .thenCombine(dmarc.inForce(context), (exists, found) -> exists ? found : null)
        .thenCompose(
            found -> {
              if (found == null || found.record().isEmpty()) {
                return CompletableFuture.completedFuture(null);
              }
              List<String> hosts = externalDestinations(found);
              CompletableFuture<?>[] asked =
                  hosts.stream()
                      .map(host -> authorise(context, found.foundAt(), host))
                      .toArray(CompletableFuture[]::new);
              return CompletableFuture.allOf(asked);
            });
  }

  private CompletableFuture<Void> authorise(CheckContext context, String foundAt, String host) {
    String name = foundAt + "._report._dmarc." + host;
    return lookups
        .resolve(context, name + ".", RecordType.TXT)
        .thenAccept(
            answer -> {
              if (!answer.isUnanswered() && !authorises(answer)) {
                context.add(
                    Finding.of(
                        FindingCode.DMARC_REPORT_NOT_AUTHORIZED,
                        "destination",
                        host,
                        "domain",
                        foundAt,
                        "name",
                        name));
              }
            });
  }

  /** True when a TXT record of {@code answer} starts with {@code v=DMARC1}. */
  static boolean authorises(DnsAnswer answer) {
    return answer.isOk()
        && answer.records().stream()
            .filter(r -> r.type() == RecordType.TXT)
            .map(DnsRecord::data)
            .anyMatch(text -> DmarcRecord.read(text).startsWithVersion());
  }

  /**
   * The hosts of the record's {@code mailto:} report addresses whose organisational domain is not
   * that of the domain the record was found at, in order, each once, at most {@value
   * #MAX_DESTINATIONS}.
   */
  static List<String> externalDestinations(DmarcInForce found) {
    String own = organisational(found.foundAt());
    Set<String> hosts = new LinkedHashSet<>();
    for (DmarcRecord.Part part : found.record().orElseThrow().parts()) {
      if (part.name().equals("rua") || part.name().equals("ruf")) {
        for (String uri : part.value().split(",")) {
          mailtoHost(uri.strip())
              .filter(host -> !organisational(host).equals(own))
              .ifPresent(hosts::add);
        }
      }
    }
    return new ArrayList<>(hosts).subList(0, Math.min(hosts.size(), MAX_DESTINATIONS));
  }

  /** The domain of a {@code mailto:} URI, without a size limit ({@code !10m}), lower case. */
  static Optional<String> mailtoHost(String uri) {
    if (!uri.toLowerCase(Locale.ROOT).startsWith("mailto:")) {
      return Optional.empty();
    }
    String address = uri.substring("mailto:".length());
    int bang = address.indexOf('!');
    if (bang >= 0) {
      address = address.substring(0, bang);
    }
    int at = address.lastIndexOf('@');
    String host = at < 0 ? "" : address.substring(at + 1).strip().toLowerCase(Locale.ROOT);
    while (host.endsWith(".")) {
      host = host.substring(0, host.length() - 1);
    }
    return isHostName(host) ? Optional.of(host) : Optional.empty();
  }

  private static boolean isHostName(String host) {
    return host.contains(".")
        && host.length() <= 200
        && host.matches("[a-z0-9_]([a-z0-9_-]*[a-z0-9_])?(\\.[a-z0-9_]([a-z0-9_-]*[a-z0-9_])?)+");
  }

  /**
   * The organisational domain of {@code host} (RFC 7489 §3.2): one label under its public suffix;
   * under a suffix the list does not know, the last two labels (the list's default rule {@code *}).
   */
  static String organisational(String host) {
    String name = host.toLowerCase(Locale.ROOT);
    try {
      InternetDomainName parsed = InternetDomainName.from(name);
      if (parsed.isUnderPublicSuffix()) {
        return parsed.topPrivateDomain().toString();
      }
    } catch (IllegalArgumentException | IllegalStateException e) {
      // Not a name the list can place: fall back to the default rule.
    }
    String[] labels = name.split("\\.");
    return labels.length <= 2 ? name : labels[labels.length - 2] + "." + labels[labels.length - 1];
  }
}
