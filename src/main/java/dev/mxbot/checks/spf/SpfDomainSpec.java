package dev.mxbot.checks.spf;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Checks a domain-spec and macro-strings (RFC 7208 §7.1): literal characters, macros such as {@code
 * %{d}}, {@code %{ir}}, {@code %{d2}}, {@code %%}, {@code %_}, {@code %-}, and a domain-spec ending
 * in a top-level label or a macro. Pure.
 */
final class SpfDomainSpec {

  /** The macro syntax, shown when a macro is malformed. */
  static final String MACROS = "%{s l o d i p h v}, %{d2}, %{ir}, %%, %_, %-";

  private static final Pattern MACRO_BODY = Pattern.compile("(?i)[slodiphv][0-9]*r?[.+,/_=-]*");
  private static final Pattern TOPLABEL =
      Pattern.compile("(?i)[a-z0-9]*[a-z][a-z0-9]*|[a-z0-9]+-[a-z0-9-]*[a-z0-9]");

  private SpfDomainSpec() {}

  /** Empty when {@code spec} is a valid domain-spec, else {@code DOMAIN} or {@code MACRO}. */
  static Optional<SpfSyntaxReason> check(String spec) {
    Scan scan = scan(spec);
    if (scan.error().isPresent() || scan.endsWithMacro()) {
      return scan.error();
    }
    String name = spec.endsWith(".") ? spec.substring(0, spec.length() - 1) : spec;
    int dot = name.lastIndexOf('.');
    if (dot < 0 || !TOPLABEL.matcher(name.substring(dot + 1)).matches()) {
      return Optional.of(SpfSyntaxReason.DOMAIN);
    }
    return Optional.empty();
  }

  /** Empty when {@code text} is a valid macro-string (the value of an unknown modifier). */
  static Optional<SpfSyntaxReason> checkMacroString(String text) {
    return scan(text).error();
  }

  private record Scan(Optional<SpfSyntaxReason> error, boolean endsWithMacro) {}

  private static Scan scan(String text) {
    boolean macroLast = false;
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '%') {
        int next = macroEnd(text, i);
        if (next < 0) {
          return new Scan(Optional.of(SpfSyntaxReason.MACRO), false);
        }
        i = next;
        macroLast = true;
      } else if (c < 0x21 || c > 0x7e) {
        return new Scan(Optional.of(SpfSyntaxReason.DOMAIN), false);
      } else {
        i++;
        macroLast = false;
      }
    }
    return new Scan(Optional.empty(), macroLast);
  }

  /** The index after the macro starting at {@code start}, or -1 when it is malformed. */
  private static int macroEnd(String text, int start) {
    if (start + 1 >= text.length()) {
      return -1;
    }
    char kind = text.charAt(start + 1);
    if (kind == '%' || kind == '_' || kind == '-') {
      return start + 2;
    }
    int close = text.indexOf('}', start);
    if (kind != '{'
        || close < 0
        || !MACRO_BODY.matcher(text.substring(start + 2, close)).matches()) {
      return -1;
    }
    return close + 1;
  }
}
