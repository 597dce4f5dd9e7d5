package dev.mxbot.reply;

import dev.mxbot.config.BotConfig;
import dev.mxbot.core.Area;
import dev.mxbot.core.CustomerReply;
import dev.mxbot.core.Finding;
import dev.mxbot.core.Report;
import dev.mxbot.core.Severity;
import dev.mxbot.guides.GuideCatalog;
import dev.mxbot.i18n.Messages;
import dev.mxbot.providers.ProviderCatalog;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Writes the customer reply of a report ({@code check --reply}, chat {@code reply=xx}): one
 * paragraph per finding the customer can act on (as {@code scope.yaml} says: {@link ReplyScope}),
 * most urgent first (errors, then warnings, then the rest; within a severity the domain, DNSSEC and
 * the nameservers before MX, SPF, DMARC, DKIM); a short note when other problems remain that the
 * reply does not cover, or when part of the report could not be checked; questions to the customer
 * (an unknown DKIM selector) last; the reassurance only for a complete report without any warning,
 * error or question. Safe for concurrent use; the templates are read on first use, so a command
 * that asks for no reply never loads them.
 */
public final class CustomerReplies {

  private static final List<Area> AREA_ORDER =
      List.of(
          Area.DOMAIN,
          Area.DNSSEC,
          Area.NAMESERVERS,
          Area.DNS_HOST,
          Area.MX,
          Area.SPF,
          Area.DMARC,
          Area.DKIM);

  private static final Comparator<Finding> MOST_URGENT_FIRST =
      (a, b) -> {
        int severity = b.severity().compareTo(a.severity());
        return severity != 0 ? severity : Integer.compare(areaRank(a.area()), areaRank(b.area()));
      };

  private final Path dir;
  private final ProviderCatalog providers;
  private final Supplier<GuideCatalog> guides;
  private volatile ReplyTemplates templates;

  @Inject
  public CustomerReplies(BotConfig config, ProviderCatalog providers, GuideCatalog guides) {
    this(config, providers, () -> guides);
  }

  /** Replies that ask for the guide catalog when they first write one (a check reads it late). */
  public CustomerReplies(
      BotConfig config, ProviderCatalog providers, Supplier<GuideCatalog> guides) {
    this(config.directory().resolve("replies"), providers, guides);
  }

  /** Replies from the templates under {@code dir} ({@code <dir>/<lang>/...}). */
  public CustomerReplies(Path dir, ProviderCatalog providers, GuideCatalog guides) {
    this(dir, providers, () -> guides);
  }

  private CustomerReplies(Path dir, ProviderCatalog providers, Supplier<GuideCatalog> guides) {
    this.dir = dir;
    this.providers = providers;
    this.guides = guides;
  }

  /** The languages a reply can be written in: those of the message bundles. */
  public static List<String> languages() {
    return Messages.LANGUAGES;
  }

  /**
   * Loads and checks every template now (a support lead's edit is checked by {@code mxbot config}
   * and the tests); a {@link dev.mxbot.configfile.ConfigException} names the first bad file.
   */
  public void validate() {
    templates();
  }

  /** The reply to {@code report} in {@code lang} (one of {@link #languages()}). */
  public CustomerReply write(Report report, String lang) {
    if (!languages().contains(lang)) {
      throw new IllegalArgumentException("no reply templates for language " + lang);
    }
    ReplyTemplates t = templates();
    ReplyModel model = new ReplyModel(report, lang, providers.home(), guides.get());
    String where = t.render(lang, Placeholders.WHERE, model.where()).strip();
    ReplyScope scope = t.scope();
    boolean atHome = report.zoneAtHome(providers.home().id());
    List<Finding> problems =
        report.findings().stream()
            .filter(f -> f.severity() == Severity.ERROR || f.severity() == Severity.WARNING)
            .filter(f -> scope.kind(f.code()) != ReplyScope.Kind.WAITING)
            .toList();
    List<Finding> covered =
        report.findings().stream()
            .filter(f -> f.severity() != Severity.OK)
            .filter(f -> scope.paragraph(f, report, atHome))
            .sorted(MOST_URGENT_FIRST)
            .toList();
    List<String> paragraphs = new ArrayList<>();
    List<String> questions = new ArrayList<>();
    for (Finding finding : covered) {
      String name = Placeholders.FINDINGS_DIR + "/" + finding.code().name();
      String paragraph = t.render(lang, name, model.finding(finding, where)).strip();
      boolean question = scope.kind(finding.code()) == ReplyScope.Kind.QUESTION;
      (question ? questions : paragraphs).add(paragraph);
    }
    Map<String, Object> domainOnly = Map.of("domain", report.domain().unicode());
    boolean uncovered = problems.stream().anyMatch(f -> !covered.contains(f));
    if (uncovered) {
      paragraphs.add(t.render(lang, Placeholders.MORE, domainOnly).strip());
    }
    if (!report.complete()) {
      paragraphs.add(t.render(lang, Placeholders.INCOMPLETE, domainOnly).strip());
    } else if (paragraphs.isEmpty() && questions.isEmpty() && problems.isEmpty()) {
      paragraphs.add(t.render(lang, Placeholders.ALL_GOOD, model.allGood(where)).strip());
    }
    paragraphs.addAll(questions);
    String body = String.join("\n\n", paragraphs.stream().filter(p -> !p.isEmpty()).toList());
    String text =
        t.render(
                lang, Placeholders.FRAME, Map.of("domain", report.domain().unicode(), "body", body))
            .strip();
    return new CustomerReply(lang, text + "\n");
  }

  private ReplyTemplates templates() {
    ReplyTemplates loaded = templates;
    if (loaded == null) {
      synchronized (this) {
        loaded = templates;
        if (loaded == null) {
          loaded = ReplyTemplates.load(dir, languages());
          templates = loaded;
        }
      }
    }
    return loaded;
  }

  private static int areaRank(Area area) {
    int rank = AREA_ORDER.indexOf(area);
    return rank < 0 ? AREA_ORDER.size() : rank;
  }
}
