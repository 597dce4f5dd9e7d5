package dev.mxbot.checks;

import dev.mxbot.checks.dkim.DkimKey;
import dev.mxbot.core.Finding;
import dev.mxbot.core.FindingCode;
import dev.mxbot.dns.DnsAnswer;
import dev.mxbot.dns.DnsRecord;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns the answers about DKIM selectors into findings. Pure functions, no DNS.
 *
 * <p>Every selector with a key gives DKIM_FOUND or DKIM_KEY_INVALID; a found key also gives
 * DKIM_TESTING when it says t=y, and DKIM_KEY_TOO_LARGE when it is RSA over 4096 bits. A selector
 * that is a CNAME whose target has no key (the OVHcloud case when DKIM is not activated yet) is
 * DKIM_KEY_INVALID too, with the target and its status as the reason: receivers following the CNAME
 * find nothing; so is a selector whose CNAME chain loops or holds more than {@value
 * AliasChains#MAX_ALIASES} aliases ({@link AliasChains}). TXT texts that are not DKIM at all (a
 * wildcard's SPF) count as no key. When no selector has a key: DKIM_NOT_FOUND if {@code _domainkey}
 * does not exist, else DKIM_UNKNOWN naming the selectors tried ({@code triedKey} {@value #TRIED}),
 * or saying that no selector is known for the mail provider, so none was tried ({@value #UNTRIED},
 * no {@code selectors}). Questions left unanswered decide nothing: the timeout is noted by {@link
 * Lookups}.
 */
final class DkimFindings {

  /** The message part of DKIM_UNKNOWN naming the selectors tried. */
  static final String TRIED = "dkim.tried.some";

  /** The message part of DKIM_UNKNOWN when no selector is known, so none was tried. */
  static final String UNTRIED = "dkim.tried.none";

  private DkimFindings() {}

  /**
   * @param domain the domain as shown to the agent
   * @param selectors the selectors tried, in the order of {@code answers}
   * @param answers the TXT answers of {@code <selector>._domainkey.<domain>}, each with the broken
   *     CNAME chain that explains its failure, if any
   * @param base the TXT answer of {@code _domainkey.<domain>}
   */
  static List<Finding> judge(
      String domain, List<String> selectors, List<ChainedAnswer> answers, DnsAnswer base) {
    List<Finding> findings = new ArrayList<>();
    List<String> tried = new ArrayList<>();
    for (int i = 0; i < selectors.size(); i++) {
      ChainedAnswer chained = answers.get(i);
      DnsAnswer answer = chained.answer();
      String selector = selectors.get(i);
      Optional<Finding> finding =
          chained
              .broken()
              .map(chain -> brokenChain(selector, answer, chain))
              .or(() -> judge(selector, answer));
      finding.ifPresent(findings::add);
      if (finding.filter(f -> f.code() == FindingCode.DKIM_FOUND).isPresent()) {
        findings.addAll(remarks(selector, answer));
      }
      if (finding.isEmpty() && !chained.unanswered()) {
        tried.add(selector);
      }
    }
    if (!findings.isEmpty()) {
      return findings;
    }
    if (base.status() == DnsAnswer.Status.NXDOMAIN) {
      return List.of(Finding.of(FindingCode.DKIM_NOT_FOUND, "domain", domain));
    }
    if (base.isUnanswered()) {
      return List.of();
    }
    if (tried.isEmpty()) {
      return List.of(Finding.of(FindingCode.DKIM_UNKNOWN, "domain", domain, "triedKey", UNTRIED));
    }
    return List.of(
        Finding.of(
            FindingCode.DKIM_UNKNOWN,
            "domain",
            domain,
            "selectors",
            String.join(", ", tried),
            "triedKey",
            TRIED));
  }

  /** The finding for one selector, or empty when it has no key or was not answered. */
  static Optional<Finding> judge(String selector, DnsAnswer answer) {
    String at = Hosts.relative(answer.aliases().isEmpty() ? answer.name() : last(answer.aliases()));
    if (answer.isNegative() && !answer.aliases().isEmpty()) {
      String reason =
          answer.status() == DnsAnswer.Status.NXDOMAIN ? "cname_nxdomain" : "cname_nodata";
      return Optional.of(invalid(selector, DkimKey.Problem.of(reason), at));
    }
    if (!answer.isOk()) {
      return Optional.empty();
    }
    Optional<DkimKey> key = key(answer);
    if (key.isEmpty()) {
      return Optional.empty();
    }
    if (!key.get().usable()) {
      return Optional.of(invalid(selector, key.get().problem().get(), at));
    }
    return Optional.of(
        Finding.of(
            FindingCode.DKIM_FOUND,
            "selector",
            selector,
            "key",
            key.get().label(),
            "at",
            at,
            "verifyKey",
            verifyKey(key.get(), answer)));
  }

  /**
   * What receivers do with the mail signed with a usable key, as DKIM_FOUND says it: verify it;
   * only those that handle its size, when it is over 4096 bits (DKIM_KEY_TOO_LARGE beside it);
   * treat it as unsigned, when the key says t=y (DKIM_TESTING beside it).
   */
  private static String verifyKey(DkimKey key, DnsAnswer answer) {
    if (inTesting(answer)) {
      return "dkim.verify.testing";
    }
    return key.tooLarge() ? "dkim.verify.some" : "dkim.verify.all";
  }

  /**
   * DKIM_KEY_INVALID for a selector whose CNAME chain loops or is too long: receivers never reach a
   * key. Read at the selector's own name, never at an alias of the chain.
   */
  private static Finding brokenChain(String selector, DnsAnswer answer, AliasChain chain) {
    return invalid(
        selector,
        DkimKey.Problem.of(chain.reason(), "chain", chain.shown()),
        Hosts.relative(answer.name()));
  }

  /** What is worth saying about a found key: DKIM_TESTING (t=y), DKIM_KEY_TOO_LARGE. */
  private static List<Finding> remarks(String selector, DnsAnswer answer) {
    List<Finding> remarks = new ArrayList<>();
    if (inTesting(answer)) {
      remarks.add(Finding.of(FindingCode.DKIM_TESTING, "selector", selector));
    }
    key(answer)
        .filter(DkimKey::tooLarge)
        .ifPresent(
            k ->
                remarks.add(
                    Finding.of(
                        FindingCode.DKIM_KEY_TOO_LARGE,
                        "selector",
                        selector,
                        "bits",
                        String.valueOf(k.bits()))));
    return remarks;
  }

  /** The key an answer holds: the first usable one, else the first unusable one. */
  private static Optional<DkimKey> key(DnsAnswer answer) {
    return answer.records().stream()
        .map(DnsRecord::data)
        .filter(DkimKey::isDkim)
        .map(DkimKey::read)
        .min((a, b) -> Boolean.compare(!a.usable(), !b.usable()));
  }

  /** True when the usable key of {@code answer} says t=y (testing). */
  private static boolean inTesting(DnsAnswer answer) {
    return answer.records().stream()
        .map(DnsRecord::data)
        .filter(DkimKey::isDkim)
        .anyMatch(DkimKey::isTesting);
  }

  /** DKIM_KEY_INVALID with the reason as a message key ({@code reasonKey}) and its values. */
  private static Finding invalid(String selector, DkimKey.Problem problem, String at) {
    Map<String, String> params = new LinkedHashMap<>(problem.values());
    params.put("selector", selector);
    params.put("reasonKey", "reason.dkim." + problem.reason());
    params.put("at", at);
    return new Finding(
        FindingCode.DKIM_KEY_INVALID, FindingCode.DKIM_KEY_INVALID.severity(), params);
  }

  private static String last(List<String> names) {
    return names.get(names.size() - 1);
  }
}
