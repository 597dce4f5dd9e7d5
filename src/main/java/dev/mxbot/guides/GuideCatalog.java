package dev.mxbot.guides;

import dev.mxbot.configfile.ConfigException;
import dev.mxbot.configfile.ConfigNode;
import dev.mxbot.core.Area;
import dev.mxbot.core.Finding;
import dev.mxbot.core.Report;
import dev.mxbot.core.Severity;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The guides of {@code bot-config/guides.yaml} and the rules linking them to findings and reports.
 * Titles and URLs come in the reader's language when the file has it, else in English. Immutable
 * and safe for concurrent use.
 */
public final class GuideCatalog {

  private final List<String> languages;
  private final Map<String, Map<String, Guide>> guides;
  private final Map<String, Map<String, Guide>> editPages;
  private final GuideRules rules;
  private final String homeProviderId;

  private GuideCatalog(GuideReader.Contents contents, String homeProviderId) {
    this.languages = List.copyOf(contents.languages());
    this.guides = Map.copyOf(contents.guides());
    this.editPages = Map.copyOf(contents.editPages());
    this.rules = contents.rules();
    this.homeProviderId = homeProviderId;
  }

  /**
   * Reads {@code guidesYaml}; {@code homeProviderId} is the id of the home provider (the one with
   * {@code home: true} in {@code bot-config/providers/}), which decides where a zone is "at home".
   *
   * @throws ConfigException naming the file, the key and the expectation when anything is invalid
   */
  public static GuideCatalog load(Path guidesYaml, String homeProviderId) {
    return new GuideCatalog(GuideReader.read(ConfigNode.read(guidesYaml)), homeProviderId);
  }

  /** The languages guides are written in; English is always among them. */
  public List<String> languages() {
    return languages;
  }

  /**
   * The guide {@code key} in {@code lang} ({@code fr}, {@code fr-CA}, ...), else in English; empty
   * for an unknown key.
   */
  public Optional<Guide> guide(String key, String lang) {
    return inLanguage(guides.get(key), lang);
  }

  /** The "edit DNS records" page of a DNS host (provider id), when the catalog knows one. */
  public Optional<Guide> editPage(String dnsHostId, String lang) {
    return inLanguage(editPages.get(dnsHostId), lang);
  }

  /**
   * The guide for one finding: the per-code rule, else the area's default; when the zone is not at
   * the home provider, the MX guide becomes its external-zone version. Empty when the rules give
   * the finding no guide.
   */
  public Optional<Guide> guideFor(Finding finding, Report report, String lang) {
    return rules.keyFor(finding.code(), atHome(report)).flatMap(key -> guide(key, lang));
  }

  /**
   * The distinct guides of a report, answering "what does the customer fix, and where?": with
   * warnings or errors, the guide of the worst finding first (ties: the MX area first, then the
   * findings' order), then one guide per other area with a warning or error; then, always, where to
   * edit — the MX guide for a zone at the home provider, else the external-zone MX guide followed
   * by the DNS host's edit page when known. An all-good report lists only where to edit. No key and
   * no URL twice. When the domain itself is in error (does not exist, does not resolve), only its
   * guide.
   */
  public List<Guide> guidesFor(Report report, String lang) {
    boolean atHome = atHome(report);
    List<Guide> chosen = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    // A domain that does not exist or does not resolve is fixed before anything else: its guide
    // comes first, and the MX guides would only distract.
    Optional<Finding> domainError =
        report.findings().stream()
            .filter(f -> f.area() == Area.DOMAIN && f.severity() == Severity.ERROR)
            .findFirst();
    if (domainError.isPresent()) {
      guideFor(domainError.get(), report, lang).ifPresent(g -> add(g, chosen, seen));
      return List.copyOf(chosen);
    }
    List<Finding> problems = report.findings().stream().filter(GuideCatalog::isProblem).toList();
    problems.stream()
        .min(WORST_FIRST)
        .flatMap(worst -> guideFor(worst, report, lang))
        .ifPresent(g -> add(g, chosen, seen));
    Set<Area> areas = new HashSet<>();
    for (Finding finding : problems) {
      if (areas.add(finding.area())) {
        guideFor(finding, report, lang).ifPresent(g -> add(g, chosen, seen));
      }
    }
    guide(rules.primary(atHome), lang).ifPresent(g -> add(g, chosen, seen));
    if (!atHome && report.dnsHost() != null) {
      editPage(report.dnsHost().id(), lang).ifPresent(g -> add(g, chosen, seen));
    }
    return List.copyOf(chosen);
  }

  /** Errors before warnings; at the same severity, the MX area first; else the findings' order. */
  private static final Comparator<Finding> WORST_FIRST =
      (a, b) -> {
        int error = Boolean.compare(a.severity() != Severity.ERROR, b.severity() != Severity.ERROR);
        return error != 0 ? error : Boolean.compare(a.area() != Area.MX, b.area() != Area.MX);
      };

  private boolean atHome(Report report) {
    return report.zoneAtHome(homeProviderId);
  }

  private static boolean isProblem(Finding finding) {
    return finding.severity() == Severity.WARNING || finding.severity() == Severity.ERROR;
  }

  private static void add(Guide guide, List<Guide> chosen, Set<String> seen) {
    boolean newKey = seen.add("key " + guide.key());
    boolean newUrl = seen.add("url " + guide.url());
    if (newKey && newUrl) {
      chosen.add(guide);
    }
  }

  private static Optional<Guide> inLanguage(Map<String, Guide> byLanguage, String lang) {
    if (byLanguage == null) {
      return Optional.empty();
    }
    String language = lang == null ? "" : lang.toLowerCase(Locale.ROOT).split("[-_]")[0];
    Guide guide = byLanguage.get(language);
    return Optional.ofNullable(guide != null ? guide : byLanguage.get(GuideReader.FALLBACK));
  }
}
