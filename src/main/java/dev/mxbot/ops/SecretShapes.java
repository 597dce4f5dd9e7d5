package dev.mxbot.ops;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * What a secret looks like in a log line, and how it reads once masked: the values {@link
 * #hide(String) handed over} at start (the chat tokens, the signing secret, any future password)
 * wherever they appear, and the shapes of Slack and Discord secrets — tokens ({@code xoxb-…},
 * {@code xapp-…}, Discord bot tokens), request signatures ({@code v0=} and 64 hex digits), the
 * secret part of {@code hooks.slack.com/…} URLs (every {@code response_url}) and of Discord's
 * {@code /webhooks/<id>/<token>} and {@code /interactions/<id>/<token>} paths, {@code
 * Authorization} values and the values of keys such as {@code token}, {@code response_url}, {@code
 * signing_secret}, {@code password}. Loaded only when an event is logged. Safe for concurrent use.
 */
final class SecretShapes {

  /** Shorter values are not worth hiding: they would mask ordinary words. */
  static final int SHORTEST = 8;

  private static final Set<String> HIDDEN = ConcurrentHashMap.newKeySet();

  private static final String SLASH = "(?:/|%2[Ff])";

  /** Keys first (their values, whatever they look like), then shapes; "[" starts a mask. */
  private static final List<Rule> RULES =
      List.of(
          new Rule(
              "(?i)(authorization[\"']?\\s*[:=]\\s*[\"']?(?:bot|bearer|basic)\\s+)[^\\s\"',;\\[]+",
              "$1[secret]"),
          new Rule(
              "(?i)([\"']?\\b(?:[a-z]+_)*(?:token|secret|password|passwd|response_url)[\"']?"
                  + "\\s*[:=]\\s*[\"']?)[^\\s\"'&,;}\\[]+",
              "$1[secret]"),
          new Rule("\\bxox[a-z]-[A-Za-z0-9-]+", "[slack token]"),
          new Rule("\\bxapp-[A-Za-z0-9-]+", "[slack token]"),
          new Rule("\\bv0=[0-9a-fA-F]{64}", "v0=[signature]"),
          new Rule("(?i)(hooks\\.slack(?:-gov)?\\.com)" + SLASH + "[^\\s\"'<>|&]+", "$1/[secret]"),
          new Rule(
              "(?i)("
                  + SLASH
                  + "(?:webhooks|interactions)"
                  + SLASH
                  + "\\d+"
                  + SLASH
                  + ")"
                  + "[^/%\\s\"'?#<>|&]+",
              "$1[secret]"),
          new Rule("\\b[A-Za-z0-9_-]{23,28}\\.[A-Za-z0-9_-]{6,7}\\.[A-Za-z0-9_-]{27,}", "[token]"));

  private SecretShapes() {}

  /** From now on, {@code value} is masked wherever it appears (blank or short values are not). */
  static void hide(String value) {
    if (value != null && value.strip().length() >= SHORTEST) {
      HIDDEN.add(value.strip());
    }
  }

  /** {@code text} with every secret it shows replaced; {@code text} itself when it shows none. */
  static String mask(String text) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    String masked = text;
    for (String value : HIDDEN) {
      masked = masked.replace(value, "[secret]");
    }
    for (Rule rule : RULES) {
      masked = rule.apply(masked);
    }
    return masked.equals(text) ? text : masked;
  }

  /** One shape and what replaces it ({@code $1}: the part kept). */
  private record Rule(Pattern pattern, String replacement) {
    Rule(String regex, String replacement) {
      this(Pattern.compile(regex), replacement);
    }

    String apply(String text) {
      return pattern.matcher(text).replaceAll(replacement);
    }
  }
}
