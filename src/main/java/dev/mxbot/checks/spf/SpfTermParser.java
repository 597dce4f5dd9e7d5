package dev.mxbot.checks.spf;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one term of an SPF record (RFC 7208 §12 ABNF): a mechanism with its qualifier, domain-spec
 * and prefix lengths, or a modifier. The mistakes people commonly make get their own {@link
 * SpfSyntaxReason}, with the corrected term when the fix is certain. Pure and stateless.
 */
final class SpfTermParser {

  /** A term, or the error that stopped it; exactly one is non-null. */
  record Parsed(SpfTerm term, SpfSyntaxError error) {}

  private static final Set<String> MECHANISMS =
      Set.of("all", "include", "a", "mx", "ptr", "ip4", "ip6", "exists");
  private static final Pattern GLUED_ALL = Pattern.compile("(?i)^(.+?)([-+~?]all)$");
  private static final Pattern MODIFIER_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9._-]*");
  private static final Pattern DUAL_CIDR = Pattern.compile("^(.*?)((?:/[0-9]*)?(?://[0-9]*)?)$");
  private static final String KNOWN = "all, include:, a, mx, ptr, ip4:, ip6:, exists:";

  private SpfTermParser() {}

  static Parsed parse(String word, int position) {
    At at = new At(word, position);
    if (word.contains("\"")) {
      return at.with(SpfSyntaxReason.QUOTE, word.replace("\"", ""));
    }
    if (word.startsWith(",") || word.endsWith(",")) {
      return at.with(SpfSyntaxReason.COMMA, word.replaceAll("^,+|,+$", ""));
    }
    Matcher glued = GLUED_ALL.matcher(word);
    if (glued.matches() && !"+-~?".contains(glued.group(1))) {
      return at.with(SpfSyntaxReason.MISSING_SPACE, glued.group(1) + " " + glued.group(2));
    }
    boolean qualified = "+-~?".indexOf(word.charAt(0)) >= 0;
    char qualifier = qualified ? word.charAt(0) : '+';
    String body = qualified ? word.substring(1) : word;
    int end = 0;
    while (end < body.length() && ":/=".indexOf(body.charAt(end)) < 0) {
      end++;
    }
    String name = body.substring(0, end).toLowerCase(Locale.ROOT);
    char separator = end < body.length() ? body.charAt(end) : 0;
    String rest = end < body.length() ? body.substring(end + 1) : "";
    String prefix = qualified ? String.valueOf(qualifier) : "";
    if (separator == '=') {
      if (MECHANISMS.contains(name)) {
        return at.with(SpfSyntaxReason.MECHANISM_EQUALS, prefix + name + ":" + rest);
      }
      return modifier(at, qualified, body.substring(0, end), rest);
    }
    if (!MECHANISMS.contains(name)) {
      String expected = name.contains(".") ? prefix + "include:" + body : KNOWN;
      return at.with(SpfSyntaxReason.UNKNOWN_MECHANISM, expected);
    }
    String argument = separator == 0 ? "" : body.substring(end);
    return switch (name) {
      case "all" ->
          argument.isEmpty()
              ? at.ok(new SpfTerm.Mechanism(word, qualifier, name, "", "", -1, -1))
              : at.with(SpfSyntaxReason.UNEXPECTED_ARGUMENT, prefix + "all");
      case "ip4", "ip6" -> SpfNetworks.parse(at, qualifier, name, separator == ':' ? rest : "");
      default -> withDomain(at, qualifier, name, argument);
    };
  }

  /** include, exists, ptr, a and mx: an optional (or required) domain-spec, then prefix lengths. */
  private static Parsed withDomain(At at, char qualifier, String name, String argument) {
    boolean required = name.equals("include") || name.equals("exists");
    boolean cidrAllowed = name.equals("a") || name.equals("mx");
    String expected = name + (required ? ":<domain>" : "[:<domain>]");
    if (required && (!argument.startsWith(":") || argument.length() == 1)) {
      return at.with(SpfSyntaxReason.MISSING_ARGUMENT, expected);
    }
    String spec = argument.startsWith(":") ? argument.substring(1) : "";
    String cidr = argument.startsWith(":") ? "" : argument;
    if (cidrAllowed) {
      Matcher m = DUAL_CIDR.matcher(argument.startsWith(":") ? spec : "");
      if (argument.startsWith(":") && m.matches()) {
        spec = m.group(1);
        cidr = m.group(2);
      }
    }
    if (!cidr.isEmpty() && !cidrAllowed) {
      return at.with(SpfSyntaxReason.UNEXPECTED_ARGUMENT, expected);
    }
    if (argument.startsWith(":") && spec.isEmpty()) {
      return at.with(SpfSyntaxReason.MISSING_ARGUMENT, expected);
    }
    Optional<SpfSyntaxReason> bad = spec.isEmpty() ? Optional.empty() : SpfDomainSpec.check(spec);
    if (bad.isPresent()) {
      return at.with(
          bad.get(), bad.get() == SpfSyntaxReason.MACRO ? SpfDomainSpec.MACROS : expected);
    }
    int[] lengths = SpfNetworks.dualCidr(cidr);
    if (lengths == null) {
      return at.with(SpfSyntaxReason.CIDR, expected + "[/<0-32>][//<0-128>]");
    }
    return at.ok(
        new SpfTerm.Mechanism(at.word(), qualifier, name, spec, "", lengths[0], lengths[1]));
  }

  private static Parsed modifier(At at, boolean qualified, String name, String value) {
    if (qualified || !MODIFIER_NAME.matcher(name).matches()) {
      return at.with(SpfSyntaxReason.MODIFIER, "<name>=<value>");
    }
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.equals("v") && value.equalsIgnoreCase("spf1")) {
      return at.with(SpfSyntaxReason.VERSION_TWICE, "1 × v=spf1");
    }
    boolean domain = lower.equals("redirect") || lower.equals("exp");
    if (domain && value.isEmpty()) {
      return at.with(SpfSyntaxReason.MISSING_ARGUMENT, lower + "=<domain>");
    }
    Optional<SpfSyntaxReason> bad =
        domain ? SpfDomainSpec.check(value) : SpfDomainSpec.checkMacroString(value);
    if (bad.isPresent()) {
      String expected =
          bad.get() == SpfSyntaxReason.MACRO ? SpfDomainSpec.MACROS : lower + "=<domain>";
      return at.with(bad.get(), expected);
    }
    return at.ok(new SpfTerm.Modifier(at.word(), lower, value));
  }

  /** The word being read, and where: builds its outcomes. */
  record At(String word, int position) {
    Parsed with(SpfSyntaxReason reason, String expected) {
      return new Parsed(null, new SpfSyntaxError(word, position, reason, expected));
    }

    Parsed ok(SpfTerm term) {
      return new Parsed(term, null);
    }
  }
}
