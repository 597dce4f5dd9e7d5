package dev.mxbot.checks.spf;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads an SPF record word by word (RFC 7208 §4.6.1 and §12): the version, then each term through
 * {@link SpfTermParser}, then the rules that span terms (duplicate {@code redirect}/{@code exp}, a
 * second {@code all}, a second {@code v=spf1}). Pure and stateless.
 */
public final class SpfParser {

  public static final String VERSION = "v=spf1";

  private SpfParser() {}

  static SpfParsed parse(String text) {
    String record = text.strip();
    String[] words = record.isEmpty() ? new String[] {""} : record.split("[ \t]+");
    String first = words[0];
    if (first.contains("\"")) {
      return new SpfSyntaxError(first, 1, SpfSyntaxReason.QUOTE, first.replace("\"", ""));
    }
    if (!first.equalsIgnoreCase(VERSION)) {
      return new SpfSyntaxError(first, 1, SpfSyntaxReason.VERSION, reordered(words));
    }
    List<SpfTerm> terms = new ArrayList<>();
    Set<String> modifiers = new HashSet<>();
    boolean all = false;
    for (int i = 1; i < words.length; i++) {
      SpfTermParser.Parsed parsed = SpfTermParser.parse(words[i], i + 1);
      if (parsed.error() != null) {
        return parsed.error();
      }
      SpfTerm term = parsed.term();
      if (term instanceof SpfTerm.Modifier m
          && (m.name().equals("redirect") || m.name().equals("exp"))
          && !modifiers.add(m.name())) {
        return new SpfSyntaxError(
            words[i], i + 1, SpfSyntaxReason.DUPLICATE_MODIFIER, "1 × " + m.name() + "=");
      }
      if (term instanceof SpfTerm.Mechanism m && m.name().equals("all")) {
        if (all) {
          return new SpfSyntaxError(words[i], i + 1, SpfSyntaxReason.ALL_TWICE, "1 × all");
        }
        all = true;
      }
      terms.add(term);
    }
    return new SpfRecord(record, terms);
  }

  /** {@code include:a v=spf1 ~all} → {@code v=spf1 include:a ~all}; else just the version. */
  private static String reordered(String[] words) {
    boolean hasVersion = Arrays.stream(words).anyMatch(VERSION::equalsIgnoreCase);
    if (!hasVersion) {
      return VERSION;
    }
    return VERSION
        + " "
        + Arrays.stream(words)
            .filter(w -> !w.equalsIgnoreCase(VERSION))
            .collect(Collectors.joining(" "));
  }
}
