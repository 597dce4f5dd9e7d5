package dev.mxbot.checks;

import com.google.common.net.InternetDomainName;
import dev.mxbot.core.Area;
import dev.mxbot.core.Check;
import dev.mxbot.core.CheckContext;
import dev.mxbot.core.Finding;
import dev.mxbot.core.FindingCode;
import dev.mxbot.core.MxEntry;
import dev.mxbot.dns.DnsAnswer;
import dev.mxbot.dns.RecordType;
import dev.mxbot.dns.SpecialAddresses;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Each MX target as a sender sees it: written as an IP, with the domain appended by a zone editor
 * (missing trailing dot), listed twice, an alias, without any address (also when its CNAME chain
 * loops or is too long: {@link AliasChains}), or with only addresses nobody on the Internet can
 * reach.
 */
final class MxTargetsCheck implements Check {

  private final MailFacts mail;
  private final AliasChains chains;

  MxTargetsCheck(MailFacts mail, AliasChains chains) {
    this.mail = mail;
    this.chains = chains;
  }

  @Override
  public Area area() {
    return Area.MX;
  }

  @Override
  public CompletionStage<?> run(CheckContext context) {
    return mail.mxAnswer(context)
        .thenCompose(
            answer ->
                answer.isOk()
                    ? checkTargets(context, answer)
                    : CompletableFuture.completedFuture(null));
  }

  /**
   * The findings about the targets of the MX answer {@code mxAnswer}; each problem a fix of the MX
   * record solves carries that answer's TTL ({@link CacheTtl}): how long the old MX stays cached.
   */
  private CompletableFuture<?> checkTargets(CheckContext context, DnsAnswer mxAnswer) {
    List<MxEntry> mx = MailFacts.entries(mxAnswer);
    Set<String> seen = new LinkedHashSet<>();
    List<CompletableFuture<?>> lookupsDone = new ArrayList<>();
    for (MxEntry entry : mx) {
      String host = entry.host();
      if (host.equals(".")) {
        continue;
      }
      if (!seen.add(host)) {
        context.add(Finding.of(FindingCode.MX_DUPLICATE, "host", Hosts.relative(host)));
        continue;
      }
      if (Hosts.isIpv4(host)) {
        context.add(
            CacheTtl.of(
                Finding.of(FindingCode.MX_TARGET_IP, "host", Hosts.relative(host)), mxAnswer));
      } else if (appendedDomain(host, context.domain().fqdn())) {
        context.add(
            CacheTtl.of(
                Finding.of(
                    FindingCode.MX_TARGET_DOMAIN_APPENDED,
                    "host",
                    Hosts.relative(host),
                    "intended",
                    Hosts.relative(intendedHost(host, context.domain().fqdn()))),
                mxAnswer));
      } else {
        lookupsDone.add(resolveTarget(context, host, mxAnswer));
      }
    }
    return CompletableFuture.allOf(lookupsDone.toArray(CompletableFuture[]::new));
  }

  private CompletableFuture<?> resolveTarget(
      CheckContext context, String host, DnsAnswer mxAnswer) {
    CompletableFuture<ChainedAnswer> v4 = chains.resolve(context, host, RecordType.A);
    CompletableFuture<ChainedAnswer> v6 = chains.resolve(context, host, RecordType.AAAA);
    return v4.thenAcceptBoth(
        v6, (a, aaaa) -> judge(f -> context.add(CacheTtl.of(f, mxAnswer)), host, a, aaaa));
  }

  private static void judge(
      Consumer<Finding> report, String host, ChainedAnswer v4, ChainedAnswer v6) {
    String shown = Hosts.relative(host);
    Optional<AliasChain> broken = v4.broken().or(v6::broken);
    if (broken.isPresent()) {
      report.accept(
          Finding.of(
              FindingCode.MX_TARGET_UNRESOLVABLE,
              "host",
              shown,
              "reasonKey",
              "reason." + broken.get().reason(),
              "chain",
              broken.get().shown()));
      return;
    }
    DnsAnswer a = v4.answer();
    DnsAnswer aaaa = v6.answer();
    if (a.isNegative() && aaaa.isNegative()) {
      boolean missing = a.status() == DnsAnswer.Status.NXDOMAIN;
      report.accept(
          Finding.of(
              FindingCode.MX_TARGET_UNRESOLVABLE,
              "host",
              shown,
              "reason",
              missing ? "NXDOMAIN" : "NODATA"));
      return;
    }
    aliasTarget(a, aaaa)
        .ifPresent(
            target ->
                report.accept(
                    Finding.of(
                        FindingCode.MX_TARGET_ALIAS,
                        "host",
                        shown,
                        "target",
                        Hosts.relative(target))));
    List<InetAddress> addresses = new ArrayList<>();
    Stream.of(a, aaaa)
        .flatMap(answer -> answer.records().stream())
        .map(r -> Hosts.address(r.data()))
        .flatMap(Optional::stream)
        .forEach(addresses::add);
    if (!addresses.isEmpty() && addresses.stream().allMatch(SpecialAddresses::isSpecial)) {
      report.accept(
          Finding.of(
              FindingCode.MX_TARGET_PRIVATE,
              "host",
              shown,
              "addresses",
              addresses.stream()
                  .map(InetAddress::getHostAddress)
                  .collect(Collectors.joining(", "))));
    }
  }

  /**
   * Where a target's CNAME chain ends, read from its A and AAAA answers; empty for no alias, and
   * for answers that failed: the aliases a failed lookup went through are not where the chain ends
   * (it may loop), so advice never names one.
   */
  static Optional<String> aliasTarget(DnsAnswer a, DnsAnswer aaaa) {
    List<String> aliases =
        Stream.of(a, aaaa)
            .filter(answer -> !answer.isUnanswered() && !answer.aliases().isEmpty())
            .findFirst()
            .map(DnsAnswer::aliases)
            .orElse(List.of());
    return aliases.isEmpty() ? Optional.empty() : Optional.of(aliases.get(aliases.size() - 1));
  }

  /** {@code mx1.mail.ovh.net.example.it.} → {@code mx1.mail.ovh.net.} */
  static String intendedHost(String host, String domainFqdn) {
    return host.substring(0, host.length() - domainFqdn.length());
  }

  /**
   * True for {@code mx1.mail.ovh.net.example.it.}: the target ends with the domain and what comes
   * before is itself a full host name under a public suffix, as happens when a zone editor appends
   * the origin to a name typed without its final dot.
   */
  static boolean appendedDomain(String host, String domainFqdn) {
    if (!host.endsWith("." + domainFqdn)) {
      return false;
    }
    String intended = Hosts.relative(intendedHost(host, domainFqdn));
    if (Hosts.isIpv4(intended)) {
      return true;
    }
    try {
      InternetDomainName name = InternetDomainName.from(intended);
      return name.isUnderPublicSuffix();
    } catch (IllegalArgumentException notAHostName) {
      return false;
    }
  }
}
