package dev.mxbot.chat;

import dev.mxbot.core.InputRefusal;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits the text after {@code /mx} into domain tokens and options, left to right; the first broken
 * rule wins. Several domains ({@code a.it b.it}, {@code a.it,b.it}) are checked one by one, at most
 * {@link MxRequest#MAX_DOMAINS}; {@code help} (or {@code ?}) alone asks for help. One parser per
 * call: it holds the state of that one parse.
 */
final class RequestParser {

  private static final Pattern OPTION = Pattern.compile("([a-zA-Z][a-zA-Z0-9_-]*)=(.*)");
  private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}\\u200B\\uFEFF]+");
  private static final String KNOWN = "dkim=<selector>, lang=<xx>, reply=<xx>, share";
  private static final int DISPLAY_MAX = 100;

  private final Set<String> languages;
  private final Set<String> selectors = new LinkedHashSet<>();
  private final Set<String> domains = new LinkedHashSet<>();
  private String lang;
  private String unsupportedLang;
  private String reply;
  private boolean share;

  RequestParser(Set<String> languages) {
    this.languages = new TreeSet<>();
    languages.forEach(l -> this.languages.add(l.toLowerCase(Locale.ROOT)));
  }

  ParsedRequest parse(String text) {
    if (isHelp(text)) {
      return ParsedRequest.HELP;
    }
    String history = historyOf(text);
    if (history != null) {
      return ParsedRequest.history(history);
    }
    ParsedRequest watch = watchOf(text);
    if (watch != null) {
      return watch;
    }
    InputRefusal refusal = takeTokens(text);
    return refusal != null ? ParsedRequest.refused(refusal) : finish(text);
  }

  /**
   * {@code watch <domain> [for=48h] [share]}, {@code watches}, {@code unwatch <domain>}: the watch
   * command or its refusal; {@code null} when {@code text} is none of them ({@code watch} alone is
   * a domain that is refused).
   */
  private static ParsedRequest watchOf(String text) {
    String[] tokens = SPACES.split(text.strip());
    if (tokens.length == 0) {
      return null;
    }
    String first = tokens[0].toLowerCase(Locale.ROOT);
    if (first.equals("watches") && tokens.length == 1) {
      return ParsedRequest.watch(
          new WatchCommand(WatchCommand.Kind.WATCHES, "", Optional.empty(), false));
    }
    if (first.equals("unwatch") && tokens.length == 2) {
      return ParsedRequest.watch(
          new WatchCommand(WatchCommand.Kind.UNWATCH, tokens[1], Optional.empty(), false));
    }
    if (!first.equals("watch") || tokens.length < 2) {
      return null;
    }
    String domain = null;
    Optional<java.time.Duration> length = Optional.empty();
    boolean share = false;
    for (int i = 1; i < tokens.length; i++) {
      String token = tokens[i];
      String lower = token.toLowerCase(Locale.ROOT);
      if (lower.equals("share")) {
        share = true;
      } else if (lower.startsWith("for=")) {
        length = WatchCommand.length(token.substring(4));
        if (length.isEmpty()) {
          return refused("bad_watch_length", "value", display(token.substring(4)));
        }
      } else if (domain == null && !OPTION.matcher(token).matches()) {
        domain = token;
      } else {
        return refused("unknown_option", "option", display(token), "known", "for=<48h>, share");
      }
    }
    if (domain == null) {
      return null;
    }
    return ParsedRequest.watch(new WatchCommand(WatchCommand.Kind.WATCH, domain, length, share));
  }

  /**
   * The request of a platform's typed options (Discord's slash command): the domain field (read
   * like the text after {@code /mx}, so a pasted {@code caffè.it lang=it} still works), the DKIM
   * selectors field (separated by spaces, commas or semicolons), the language field and the sharing
   * choice — each value under the same rules as in text.
   */
  ParsedRequest options(
      String domainField,
      String selectorsField,
      String langField,
      String replyField,
      boolean shared) {
    if (isHelp(domainField)) {
      return ParsedRequest.HELP;
    }
    String history = historyOf(domainField);
    if (history != null) {
      return ParsedRequest.history(history);
    }
    ParsedRequest watch = watchOf(domainField);
    if (watch != null && watch.watch() != null && shared) {
      WatchCommand command = watch.watch();
      return ParsedRequest.watch(
          new WatchCommand(command.kind(), command.domainInput(), command.length(), true));
    }
    if (watch != null) {
      return watch;
    }
    InputRefusal refusal = takeTokens(domainField);
    for (String selector : selectorsField.split("[\\s,;]+")) {
      if (refusal == null && !selector.isEmpty()) {
        refusal = takeSelector(selector);
      }
    }
    String language = SPACES.matcher(langField).replaceAll("");
    if (refusal == null && !language.isEmpty()) {
      refusal = takeLang(language);
    }
    String replyLanguage = SPACES.matcher(replyField).replaceAll("");
    if (refusal == null && !replyLanguage.isEmpty()) {
      refusal = takeReply(replyLanguage);
    }
    share |= shared;
    return refusal != null ? ParsedRequest.refused(refusal) : finish(domainField);
  }

  /** {@code help}, {@code ?}, {@code -h} or {@code --help} alone. */
  private static boolean isHelp(String text) {
    String only = text.strip().toLowerCase(Locale.ROOT);
    return only.equals("help") || only.equals("?") || only.equals("-h") || only.equals("--help");
  }

  /**
   * {@code history <domain>}: the domain as typed (checked later like any domain); {@code null}
   * when {@code text} is anything else ({@code history} alone is a domain that is refused).
   */
  private static String historyOf(String text) {
    String[] tokens = SPACES.split(text.strip());
    if (tokens.length == 2 && tokens[0].equalsIgnoreCase("history")) {
      return tokens[1];
    }
    return null;
  }

  /** Takes each token of {@code text}; the first refusal, or {@code null}. */
  private InputRefusal takeTokens(String text) {
    for (String token : SPACES.split(text)) {
      InputRefusal refusal = token.isEmpty() ? null : take(token);
      if (refusal != null) {
        return refusal;
      }
    }
    return null;
  }

  /** The request once every token is taken: a domain is needed, selectors are bounded. */
  private ParsedRequest finish(String text) {
    if (domains.isEmpty()) {
      return ParsedRequest.refused(
          new InputRefusal(InputRefusal.EMPTY, "empty", Map.of("input", display(text.strip()))));
    }
    if (selectors.size() > MxRequest.MAX_SELECTORS) {
      return refused(
          "too_many_selectors",
          "count",
          Integer.toString(selectors.size()),
          "max",
          Integer.toString(MxRequest.MAX_SELECTORS));
    }
    if (domains.size() > MxRequest.MAX_DOMAINS) {
      return refused(
          "too_many_domains",
          "count",
          Integer.toString(domains.size()),
          "max",
          Integer.toString(MxRequest.MAX_DOMAINS));
    }
    List<String> all = List.copyOf(domains);
    return ParsedRequest.accepted(
        new MxRequest(
            all.get(0),
            selectors.stream().toList(),
            Optional.ofNullable(lang),
            share,
            Optional.ofNullable(unsupportedLang),
            all.subList(1, all.size()),
            Optional.ofNullable(reply)));
  }

  /** Takes one token; a refusal when it breaks a rule, else {@code null}. */
  private InputRefusal take(String token) {
    if (token.equalsIgnoreCase("share")) {
      share = true;
      return null;
    }
    Matcher option = OPTION.matcher(token);
    if (!option.matches()) {
      return takeDomain(token);
    }
    String key = option.group(1).toLowerCase(Locale.ROOT);
    String value = option.group(2);
    return switch (key) {
      case "dkim" -> takeSelector(value);
      case "lang" -> takeLang(value);
      case "reply" -> takeReply(value);
      default -> refusal("unknown_option", "option", display(token), "known", KNOWN);
    };
  }

  /** A domain, or several separated by commas (not inside a URL, where a comma is data). */
  private InputRefusal takeDomain(String token) {
    if (token.contains("://")) {
      domains.add(token);
      return null;
    }
    for (String part : token.split(",")) {
      if (!part.isEmpty()) {
        domains.add(part);
      }
    }
    return null;
  }

  private InputRefusal takeSelector(String value) {
    Optional<String> selector = OptionValues.selector(value);
    if (selector.isEmpty()) {
      return refusal("bad_selector", "selector", display(value));
    }
    selectors.add(selector.get());
    return null;
  }

  private InputRefusal takeLang(String value) {
    Optional<String> code = OptionValues.lang(value, languages);
    if (code.isEmpty() && OptionValues.isLanguageTag(value)) {
      unsupportedLang = value;
      return null;
    }
    if (code.isEmpty()) {
      return refusal("bad_lang", "lang", display(value), "supported", String.join(", ", languages));
    }
    if (lang != null && !lang.equals(code.get())) {
      return refusal("duplicate_option", "option", "lang", "first", lang, "second", code.get());
    }
    lang = code.get();
    return null;
  }

  /**
   * The customer reply's language: only a supported one (a reply needs its templates, so unlike
   * {@code lang=} an unknown language is refused rather than answered in the default).
   */
  private InputRefusal takeReply(String value) {
    Optional<String> code = OptionValues.lang(value, languages);
    if (code.isEmpty()) {
      return refusal(
          "bad_reply", "lang", display(value), "supported", String.join(", ", languages));
    }
    if (reply != null && !reply.equals(code.get())) {
      return refusal("duplicate_option", "option", "reply", "first", reply, "second", code.get());
    }
    reply = code.get();
    return null;
  }

  private static InputRefusal refusal(String rule, String... keyValues) {
    Map<String, String> params = new LinkedHashMap<>();
    for (int i = 0; i + 1 < keyValues.length; i += 2) {
      params.put(keyValues[i], keyValues[i + 1]);
    }
    return new InputRefusal(InputRefusal.INVALID, rule, params);
  }

  private static ParsedRequest refused(String rule, String... keyValues) {
    return ParsedRequest.refused(refusal(rule, keyValues));
  }

  private static String display(String text) {
    int cut =
        text.offsetByCodePoints(0, Math.min(DISPLAY_MAX, text.codePointCount(0, text.length())));
    return cut < text.length() ? text.substring(0, cut) + "…" : text;
  }
}
