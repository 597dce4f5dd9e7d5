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

  /** The findings the reply has a paragraph for, with what each adds to {@link #COMMON}. */
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
        all.addAll(FINDINGS.get(code));
        yield Set.copyOf(all);
      }
    };
  }

  /** Every template of a language, by name (without {@code .mustache}). */
  static List<String> templates() {
    List<String> names =
        new java.util.ArrayList<>(List.of(FRAME, WHERE, ALL_GOOD, INCOMPLETE, MORE));
    FINDINGS.keySet().forEach(code -> names.add(FINDINGS_DIR + "/" + code.name()));
    return List.copyOf(names);
  }

  private static Map<FindingCode, Set<String>> findings() {
    Map<FindingCode, Set<String>> map = new EnumMap<>(FindingCode.class);
    map.put(FindingCode.DOMAIN_NOT_FOUND, Set.of());
    map.put(FindingCode.DNSSEC_BOGUS, Set.of());
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
    map.put(FindingCode.DMARC_NONE, Set.of());
    map.put(FindingCode.DKIM_NOT_FOUND, Set.of("provider"));
    map.put(FindingCode.DKIM_UNKNOWN, Set.of("selectors"));
    return map;
  }
}
