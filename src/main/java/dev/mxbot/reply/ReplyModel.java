package dev.mxbot.reply;

import dev.mxbot.core.Finding;
import dev.mxbot.core.FindingCode;
import dev.mxbot.core.MxEntry;
import dev.mxbot.core.ProviderRef;
import dev.mxbot.core.Report;
import dev.mxbot.guides.Guide;
import dev.mxbot.guides.GuideCatalog;
import dev.mxbot.providers.Provider;
import dev.mxbot.render.TerminalText;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The values one reply's templates are rendered with (the names of {@link Placeholders}): read from
 * the report and its findings' parameters, the home provider ({@code bot-config/providers/}) and
 * the guides ({@code bot-config/guides.yaml}). A value that is not known is left out, so that a
 * template's {@code {{#name}}...{{/name}}} section can say something else. Every text that came
 * from DNS has its backticks replaced ({@link #value}): nothing a zone publishes can close the
 * chat's code block.
 */
final class ReplyModel {

  /** Look-alike of the backtick (U+02CB), for DNS text shown in the reply. */
  private static final String BACKTICK_STAND_IN = "\u02cb";

  private final Report report;
  private final String lang;
  private final Provider home;
  private final GuideCatalog guides;

  ReplyModel(Report report, String lang, Provider home, GuideCatalog guides) {
    this.report = report;
    this.lang = lang;
    this.home = home;
    this.guides = guides;
  }

  /** The model of template {@code where}: who hosts the zone. */
  Map<String, Object> where() {
    Map<String, Object> model = new HashMap<>();
    boolean atHome = report.zoneAtHome(home.id());
    model.put("atHome", atHome);
    model.put("home", home.name());
    if (!atHome && report.dnsHost() != null) {
      model.put("dnsHost", value(report.dnsHost().name()));
    }
    return model;
  }

  /** The model of the all-good reassurance; {@code where} is the rendered where-sentence. */
  Map<String, Object> allGood(String where) {
    Map<String, Object> model = new HashMap<>();
    model.put("domain", report.domain().unicode());
    model.put("where", where);
    if (report.mailProvider() != null) {
      model.put("mailProvider", value(report.mailProvider().name()));
    }
    if (report.records().mx() != null && !report.records().mx().isEmpty()) {
      model.put("mx", mx(report.records().mx()));
    }
    return model;
  }

  /** The model of {@code finding}'s paragraph; {@code where} is the rendered where-sentence. */
  Map<String, Object> finding(Finding finding, String where) {
    Map<String, Object> model = where();
    model.put("domain", report.domain().unicode());
    model.put("where", where);
    guides.guideFor(finding, report, lang).map(Guide::url).ifPresent(u -> model.put("guide", u));
    ProviderRef host = report.dnsHost();
    if (host != null && !report.zoneAtHome(home.id())) {
      guides.editPage(host.id(), lang).map(Guide::url).ifPresent(u -> model.put("editPage", u));
    }
    WaitText.of(finding.param("ttl")).ifPresent(w -> model.put("wait", w));
    specific(finding, model);
    return model;
  }

  private void specific(Finding finding, Map<String, Object> model) {
    FindingCode code = finding.code();
    switch (code) {
      case NS_PARENT_CHILD_MISMATCH -> {
        put(model, "parent", finding.param("parent"));
        put(model, "child", finding.param("child"));
      }
      case MX_HOME_OUTDATED, MX_HOME_LEGACY -> {
        put(model, "provider", finding.param("provider"));
        List<Map<String, String>> expected = parseMx(finding.param("expected"));
        if (!expected.isEmpty()) {
          model.put("mx", expected);
        }
      }
      case MX_NONE, MX_NONE_IMPLICIT -> {
        model.put("provider", home.name());
        home.currentMxSets().stream()
            .findFirst()
            .ifPresent(set -> model.put("mx", mx(set.records())));
      }
      case MX_TARGET_DOMAIN_APPENDED -> {
        put(model, "wrongHost", finding.param("host"));
        put(model, "intended", finding.param("intended"));
      }
      case SPF_NONE -> put(model, "record", finding.param("suggested"));
      case SPF_MISSING_PROVIDER_INCLUDE -> {
        put(model, "record", finding.param("suggested"));
        put(model, "current", finding.param("record"));
        put(model, "provider", finding.param("provider"));
      }
      case SPF_MULTIPLE -> {
        List<String> spf = report.records().spf();
        if (spf != null && !spf.isEmpty()) {
          List<Map<String, String>> records = new ArrayList<>();
          spf.forEach(text -> records.add(Map.of("text", value(text))));
          model.put("records", records);
        }
      }
      case SPF_PERMISSIVE -> {
        List<String> spf = report.records().spf();
        if (spf != null && spf.size() == 1) {
          put(model, "current", spf.get(0));
          put(model, "record", softFail(spf.get(0)));
        }
      }
      case DKIM_NOT_FOUND, DKIM_KEY_INVALID, DKIM_KEY_TOO_LARGE -> {
        copyParams(finding, model);
        if (report.mailProvider() != null) {
          put(model, "provider", report.mailProvider().name());
        }
      }
      case DKIM_UNKNOWN -> put(model, "selectors", finding.param("selectors"));
      case DNSSEC_DS_MISMATCH -> put(model, "ds", finding.param("ds"));
      default -> copyParams(finding, model);
    }
  }

  /**
   * The finding's own parameters that its paragraph may use ({@link Placeholders#FINDINGS}), under
   * the names the check gives them; none for a finding the common values say all about.
   */
  private static void copyParams(Finding finding, Map<String, Object> model) {
    for (String name : Placeholders.FINDINGS.getOrDefault(finding.code(), Set.of())) {
      put(model, name, finding.param(name));
    }
  }

  /**
   * {@code record} ending in {@code ~all}: a {@code +all} or {@code ?all} (or a bare {@code all})
   * becomes {@code ~all}; a record without {@code all} and without {@code redirect=} gets one.
   */
  static String softFail(String record) {
    List<String> words = new ArrayList<>(List.of(record.strip().split("\\s+")));
    for (int i = words.size() - 1; i > 0; i--) {
      if (words.get(i).toLowerCase(Locale.ROOT).matches("[+?]?all")) {
        words.set(i, "~all");
        return String.join(" ", words);
      }
    }
    boolean ends =
        words.stream()
            .map(w -> w.toLowerCase(Locale.ROOT))
            .anyMatch(w -> w.matches("[-~]all") || w.startsWith("redirect="));
    if (!ends) {
      words.add("~all");
    }
    return String.join(" ", words);
  }

  private static List<Map<String, String>> mx(List<MxEntry> entries) {
    List<Map<String, String>> list = new ArrayList<>();
    for (MxEntry entry : entries) {
      String host = entry.host().endsWith(".") ? entry.host() : entry.host() + ".";
      list.add(Map.of("priority", Integer.toString(entry.preference()), "host", value(host)));
    }
    return list;
  }

  /** The entries of an MX list as the findings write it: {@code 1 mx0.mail.ovh.net, 5 ...}. */
  private static List<Map<String, String>> parseMx(String text) {
    List<MxEntry> entries = new ArrayList<>();
    if (text != null) {
      for (String part : text.split(",\\s*")) {
        String[] fields = part.strip().split("\\s+");
        if (fields.length == 2 && fields[0].matches("\\d{1,5}")) {
          entries.add(new MxEntry(Integer.parseInt(fields[0]), fields[1]));
        }
      }
    }
    return mx(entries);
  }

  private static void put(Map<String, Object> model, String name, String text) {
    Optional.ofNullable(text).filter(t -> !t.isBlank()).ifPresent(t -> model.put(name, value(t)));
  }

  /**
   * DNS text as the reply may show it: no backtick (see the class comment), and no character a
   * terminal would act on (control, bidi override, zero-width: written as {@code \\uXXXX}, as the
   * report shows them).
   */
  static String value(String text) {
    StringBuilder out = new StringBuilder();
    text.codePoints()
        .forEach(
            cp -> {
              if (cp == '`') {
                out.append(BACKTICK_STAND_IN);
              } else if (TerminalText.unsafe(cp)) {
                out.append(String.format("\\u%04X", cp));
              } else {
                out.appendCodePoint(cp);
              }
            });
    return out.toString();
  }
}
