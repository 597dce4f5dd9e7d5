package dev.mxbot.checks;

import dev.mxbot.checks.dane.TlsaMatch;
import dev.mxbot.checks.dane.TlsaRecord;
import dev.mxbot.checks.smtp.SmtpOutcome;
import dev.mxbot.core.Area;
import dev.mxbot.core.Check;
import dev.mxbot.core.CheckContext;
import dev.mxbot.core.Finding;
import dev.mxbot.core.FindingCode;
import dev.mxbot.core.MxEntry;
import dev.mxbot.dns.DnsAnswer;
import dev.mxbot.dns.DnsRecord;
import dev.mxbot.dns.RecordType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * DANE for the domain's MX hosts (RFC 7672), as far as DNS tells: the TLSA records at {@code
 * _25._tcp.<mx host>} of at most {@link #MAX_HOSTS} MX hosts (one TLSA question each; the MX answer
 * is the report's own). When the SMTP probe ran ({@code smtp.probe}, {@link SmtpProbes}), the
 * certificate chain each probed host presented is compared with its usable TLSA records ({@link
 * TlsaMatch}): {@code DANE_VALID} then means "matches", {@code DANE_MISMATCH} that none does.
 *
 * <p>DANE applies only when both the MX answer and the TLSA answer are DNSSEC-secure (§2.2): mxbot
 * takes the validating resolver's word for it, the AD flag of each answer. A host without TLSA
 * records says nothing (DANE is optional); a TLSA lookup that failed leaves the area unchecked
 * ({@link Lookups}), never a finding for that host.
 */
final class DaneCheck implements Check {

  /** Most MX hosts whose TLSA records are asked for: a hostile MX set cannot multiply questions. */
  static final int MAX_HOSTS = 5;

  private final Lookups lookups;
  private final MailFacts mail;
  private final SmtpProbes probes;

  DaneCheck(Lookups lookups, MailFacts mail, SmtpProbes probes) {
    this.lookups = lookups;
    this.mail = mail;
    this.probes = probes;
  }

  @Override
  public Area area() {
    return Area.DANE;
  }

  @Override
  public CompletionStage<?> run(CheckContext context) {
    return mail.mxAnswer(context.shared()).thenCompose(mx -> judgeHosts(context, mx));
  }

  private CompletableFuture<?> judgeHosts(CheckContext context, DnsAnswer mx) {
    if (mx.isUnanswered()) {
      context.markUnchecked(); // no MX hosts known: their TLSA records could not be asked for
      return CompletableFuture.completedFuture(null);
    }
    Map<String, CompletableFuture<DnsAnswer>> tlsa = new LinkedHashMap<>();
    for (String host : hosts(mx)) {
      tlsa.put(host, tlsa(lookups, context, host));
    }
    CompletableFuture<SmtpProbes.Probes> probed = probes.probes(context);
    return CompletableFuture.allOf(tlsa.values().toArray(CompletableFuture[]::new))
        .thenCombine(
            probed,
            (Void done, SmtpProbes.Probes result) -> {
              tlsa.forEach(
                  (host, answer) -> {
                    Optional<Finding> finding = judge(Hosts.relative(host), mx, answer.join());
                    finding
                        .map(f -> compared(f, mx, answer.join(), result.hosts()))
                        .ifPresent(context::add);
                  });
              return null;
            });
  }

  /**
   * {@code finding} after comparing the chain the probe saw at its host, when it saw one: a secure
   * usable TLSA record that matches keeps {@code DANE_VALID} (now "matches"); none matching is
   * {@code DANE_MISMATCH}; a host that offered no STARTTLS is {@code DANE_NO_STARTTLS} (DANE
   * senders require TLS). Without a chain (probe off, host not probed or not reached) it says "not
   * compared".
   */
  static Finding compared(
      Finding finding, DnsAnswer mx, DnsAnswer tlsa, Map<String, SmtpProbes.HostProbe> probed) {
    if (finding.code() != FindingCode.DANE_VALID) {
      return finding;
    }
    String host = finding.param("host");
    Optional<SmtpOutcome> decisive =
        Optional.ofNullable(probed.get(host)).flatMap(SmtpProbes.HostProbe::decisive);
    if (decisive.isPresent() && decisive.get() instanceof SmtpOutcome.NoTls noTls) {
      return Finding.of(
          FindingCode.DANE_NO_STARTTLS,
          "host",
          host,
          "address",
          noTls.address(),
          "records",
          finding.param("records"));
    }
    Optional<SmtpOutcome.Tls> tls =
        decisive.filter(SmtpOutcome.Tls.class::isInstance).map(SmtpOutcome.Tls.class::cast);
    if (tls.isEmpty()) {
      return Finding.of(
          FindingCode.DANE_VALID,
          "host",
          host,
          "records",
          finding.param("records"),
          "comparedKey",
          "dane.compared.none");
    }
    List<TlsaRecord> usable = secureUsable(mx, tlsa);
    List<TlsaRecord> matching =
        usable.stream().filter(r -> TlsaMatch.matches(r, tls.get().chain())).toList();
    if (matching.isEmpty()) {
      return Finding.of(
          FindingCode.DANE_MISMATCH,
          "host",
          host,
          "address",
          tls.get().address(),
          "records",
          list(usable));
    }
    return Finding.of(
        FindingCode.DANE_VALID,
        "host",
        host,
        "records",
        list(matching),
        "comparedKey",
        "dane.compared.match");
  }

  /** The usable TLSA records of a host when its MX and TLSA answers are DNSSEC-secure. */
  static List<TlsaRecord> secureUsable(DnsAnswer mx, DnsAnswer tlsa) {
    if (!tlsa.isOk() || !mx.authenticated() || !tlsa.authenticated()) {
      return List.of();
    }
    return tlsa.records().stream()
        .filter(r -> r.type() == RecordType.TLSA)
        .map(DnsRecord::data)
        .map(TlsaRecord::parse)
        .flatMap(Optional::stream)
        .filter(TlsaRecord::usableForSmtp)
        .toList();
  }

  /** The distinct real MX hosts, by preference, at most {@link #MAX_HOSTS}; never a null MX. */
  static List<String> hosts(DnsAnswer mx) {
    if (!mx.isOk()) {
      return List.of();
    }
    return MailFacts.entries(mx).stream()
        .map(MxEntry::host)
        .filter(h -> !h.isEmpty() && !h.equals("."))
        .map(Hosts::absolute)
        .distinct()
        .limit(MAX_HOSTS)
        .toList();
  }

  /**
   * The TLSA records of MX host {@code host} ({@code _25._tcp.<host>}), the one question DANE, TLS
   * reporting and the SMTP probe share. None is asked for an address written as a name ({@code
   * 192.0.2.25.}, MX_TARGET_IP): no sender looks for TLSA records under it, and the answer would
   * only ever say that the name does not exist (or, from a server that knows no such zone, leave
   * the report incomplete); the host then counts as having no TLSA records.
   */
  static CompletableFuture<DnsAnswer> tlsa(Lookups lookups, CheckContext context, String host) {
    String absolute = Hosts.absolute(host);
    String name = "_25._tcp." + absolute;
    if (Hosts.isIpv4(absolute)) {
      // not asked, and never shown: every reader takes an answer that is not OK as "no TLSA"
      return CompletableFuture.completedFuture(
          new DnsAnswer(
              name,
              RecordType.TLSA,
              DnsAnswer.Status.NXDOMAIN,
              List.of(),
              List.of(),
              false,
              false,
              null));
    }
    return lookups.resolve(context, name, RecordType.TLSA);
  }

  /** The finding for one MX host's TLSA answer, if any (pure). */
  static Optional<Finding> judge(String host, DnsAnswer mx, DnsAnswer tlsa) {
    if (!tlsa.isOk()) {
      return Optional.empty(); // none published, or the lookup failed (the area is unchecked)
    }
    List<TlsaRecord> records =
        tlsa.records().stream()
            .filter(r -> r.type() == RecordType.TLSA)
            .map(DnsRecord::data)
            .map(TlsaRecord::parse)
            .flatMap(Optional::stream)
            .toList();
    if (records.isEmpty()) {
      return Optional.empty();
    }
    if (!mx.authenticated() || !tlsa.authenticated()) {
      String insecure = mx.authenticated() ? tlsa.name() : mx.name();
      return Optional.of(
          Finding.of(FindingCode.DANE_UNSIGNED, "host", host, "name", Hosts.relative(insecure)));
    }
    List<TlsaRecord> usable = records.stream().filter(TlsaRecord::usableForSmtp).toList();
    if (usable.isEmpty()) {
      return Optional.of(
          Finding.of(FindingCode.DANE_UNUSABLE_USAGE, "host", host, "records", list(records)));
    }
    return Optional.of(Finding.of(FindingCode.DANE_VALID, "host", host, "records", list(usable)));
  }

  /** The records' parameters, e.g. {@code 3 1 1, 2 0 1}. */
  private static String list(List<TlsaRecord> records) {
    return String.join(", ", records.stream().map(TlsaRecord::parameters).distinct().toList());
  }
}
