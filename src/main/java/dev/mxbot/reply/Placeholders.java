package dev.mxbot.reply;

import dev.mxbot.core.FindingCode;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The template files of one language and the placeholders each may use: the model {@link
 * ReplyModel} fills. A template naming anything else is refused when the templates are loaded (a
 * typo would otherwise render as nothing). Names inside a list section ({@code mx}: {@code
 * priority}, {@code host}; {@code records}: {@code text}) count as the list's.
 */
final class Placeholders {

  /** The whole message: greeting, {@code body} (the paragraphs), sign-off. */
  static final String FRAME = "reply";

  /** Where the customer edits the zone: the sentence {@code where} of the finding templates. */
  static final String WHERE = "where";

  /** Reassurance when nothing needs the customer. */
  static final String ALL_GOOD = "all-good";

  /** Some areas could not be checked: the reply says the rest will follow. */
  static final String INCOMPLETE = "incomplete";

  /** Problems the reply has no paragraph for (the agent handles them). */
  static final String MORE = "more";

  /** Directory of the per-finding paragraphs: {@code findings/<CODE>.mustache}. */
  static final String FINDINGS_DIR = "findings";

  private static final Set<String> WHERE_NAMES = Set.of("atHome", "home", "dnsHost");

  /** Every finding paragraph may use these. */
  static final Set<String> COMMON =
      Set.of("domain", "where", "guide", "editPage", "wait", "atHome", "home", "dnsHost");

  private static final Set<String> MX_LIST = Set.of("provider", "mx", "priority", "host");

  /**
   * What a finding's paragraph may use beyond {@link #COMMON}, for the codes that add anything: the
   * values {@link ReplyModel} fills for them. Which codes get a paragraph at all is not decided
   * here but in {@code scope.yaml} ({@link ReplyScope}).
   */
  static final Map<FindingCode, Set<String>> FINDINGS = findings();

  private Placeholders() {}

  /** The names template {@code name} ({@code findings/<CODE>} for a finding) may use. */
  static Set<String> allowed(String name) {
    return switch (name) {
      case FRAME -> Set.of("domain", "body");
      case WHERE -> WHERE_NAMES;
      case ALL_GOOD -> Set.of("domain", "mailProvider", "mx", "priority", "host", "where");
      case INCOMPLETE, MORE -> Set.of("domain");
      default -> {
        FindingCode code = FindingCode.valueOf(name.substring(FINDINGS_DIR.length() + 1));
        Set<String> all = new HashSet<>(COMMON);
        all.addAll(FINDINGS.getOrDefault(code, Set.of()));
        yield Set.copyOf(all);
      }
    };
  }

  /**
   * Every template of a language, by name (without {@code .mustache}): the frame and its parts, and
   * a paragraph for each code {@code scope} may give one.
   */
  static List<String> templates(ReplyScope scope) {
    List<String> names =
        new java.util.ArrayList<>(List.of(FRAME, WHERE, ALL_GOOD, INCOMPLETE, MORE));
    scope.withParagraph().forEach(code -> names.add(FINDINGS_DIR + "/" + code.name()));
    return List.copyOf(names);
  }

  private static Map<FindingCode, Set<String>> findings() {
    Map<FindingCode, Set<String>> map = new EnumMap<>(FindingCode.class);
    map.put(FindingCode.DNSSEC_DS_MISMATCH, Set.of("ds"));
    map.put(FindingCode.NS_PARENT_CHILD_MISMATCH, Set.of("parent", "child"));
    map.put(FindingCode.MX_NONE, MX_LIST);
    map.put(FindingCode.MX_NONE_IMPLICIT, MX_LIST);
    map.put(FindingCode.MX_HOME_OUTDATED, MX_LIST);
    map.put(FindingCode.MX_HOME_LEGACY, MX_LIST);
    map.put(FindingCode.MX_TARGET_DOMAIN_APPENDED, Set.of("wrongHost", "intended"));
    map.put(FindingCode.SPF_NONE, Set.of("record"));
    map.put(FindingCode.SPF_MULTIPLE, Set.of("records", "text"));
    map.put(FindingCode.SPF_MISSING_PROVIDER_INCLUDE, Set.of("record", "current", "provider"));
    map.put(FindingCode.SPF_PERMISSIVE, Set.of("record", "current"));
    map.put(FindingCode.DKIM_NOT_FOUND, Set.of("provider"));
    map.put(FindingCode.DKIM_UNKNOWN, Set.of("selectors"));
    // the values below are the finding's own parameters, copied as the check names them
    map.put(FindingCode.NS_SINGLE, Set.of("nameserver"));
    map.put(FindingCode.NS_PAIR_MISMATCH, Set.of("nameservers", "provider"));
    map.put(FindingCode.NS_LAME, Set.of("nameserver"));
    map.put(FindingCode.NS_ADDRESS_PRIVATE, Set.of("nameserver", "addresses"));
    map.put(FindingCode.NS_GLUE_MISMATCH, Set.of("nameserver", "glue", "zone"));
    map.put(FindingCode.NS_NO_TCP, Set.of("nameserver"));
    map.put(FindingCode.NS_EDNS_BROKEN, Set.of("nameserver"));
    map.put(FindingCode.DNSSEC_SIGNATURES_EXPIRING, Set.of("remaining"));
    map.put(FindingCode.MX_MIXED_PROVIDERS, Set.of("providers"));
    map.put(FindingCode.MX_TARGET_ALIAS, Set.of("host", "target"));
    map.put(FindingCode.MX_TARGET_IP, Set.of("host"));
    map.put(FindingCode.MX_TARGET_UNRESOLVABLE, Set.of("host"));
    map.put(FindingCode.MX_TARGET_PRIVATE, Set.of("host", "addresses"));
    map.put(FindingCode.SPF_SYNTAX, Set.of("term"));
    map.put(FindingCode.SPF_TOO_MANY_LOOKUPS, Set.of("count", "heaviest"));
    map.put(FindingCode.SPF_TOO_MANY_VOID_LOOKUPS, Set.of("names"));
    map.put(FindingCode.SPF_MX_TOO_MANY_NAMES, Set.of("term", "count"));
    map.put(FindingCode.SPF_INCLUDE_NOT_FOUND, Set.of("include"));
    map.put(FindingCode.SPF_LOOP, Set.of("chain"));
    map.put(FindingCode.SPF_PTR, Set.of("term"));
    map.put(FindingCode.SPF_REDIRECT_IGNORED, Set.of("all", "redirect", "target"));
    map.put(FindingCode.DMARC_MULTIPLE, Set.of("count"));
    map.put(FindingCode.DMARC_SYNTAX, Set.of("tag", "value", "record"));
    map.put(FindingCode.DMARC_TAG_TYPO, Set.of("tag", "meant"));
    map.put(FindingCode.DMARC_UNREADABLE, Set.of("name"));
    map.put(FindingCode.DMARC_REPORT_NOT_AUTHORIZED, Set.of("destination", "name"));
    map.put(FindingCode.DKIM_TESTING, Set.of("selector"));
    map.put(FindingCode.DKIM_KEY_INVALID, Set.of("selector", "provider"));
    map.put(FindingCode.DKIM_KEY_TOO_LARGE, Set.of("selector", "bits", "provider"));
    map.put(FindingCode.AUTOCONFIG_MISMATCH, Set.of("provider", "records"));
    map.put(FindingCode.AUTOCONFIG_TARGET_UNRESOLVABLE, Set.of("record", "target"));
    map.put(FindingCode.PROPAGATION_PENDING, Set.of("remaining"));
    map.put(FindingCode.SPF_PROPAGATION_PENDING, Set.of("remaining"));
    map.put(FindingCode.NEGATIVE_CACHE_PENDING, Set.of("record", "remaining"));
    map.put(FindingCode.MTA_STS_INVALID, Set.of("url"));
    map.put(FindingCode.MTA_STS_MX_MISMATCH, Set.of("hosts", "url"));
    map.put(FindingCode.DANE_UNSIGNED, Set.of("host", "name"));
    map.put(FindingCode.DANE_UNUSABLE_USAGE, Set.of("host", "records"));
    map.put(FindingCode.DANE_MISMATCH, Set.of("host"));
    map.put(FindingCode.DANE_NO_STARTTLS, Set.of("host"));
    map.put(FindingCode.SMTP_UNREACHABLE, Set.of("host", "port"));
    map.put(FindingCode.SMTP_NO_STARTTLS, Set.of("host"));
    map.put(FindingCode.SMTP_CERT_INVALID, Set.of("host"));
    return map;
  }
}
