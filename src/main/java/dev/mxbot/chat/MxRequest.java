package dev.mxbot.chat;

import dev.mxbot.core.CheckOptions;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One {@code /mx} command: the domain as the agent typed it (still to be parsed by {@link
 * dev.mxbot.core.DomainName#parse}), the extra DKIM selectors to try (lower case, in the order
 * given, without duplicates), the reply language when asked for, and whether to answer in the
 * channel instead of privately. A well-formed language that mxbot does not speak ({@code lang=ja})
 * is not refused: it is kept in {@code unsupportedLang} and the answer comes in the default
 * language with a note. {@code reply}: the language of a customer reply to draft under the report
 * ({@code reply=xx}), which must be one mxbot has reply templates for.
 */
public record MxRequest(
    String domainInput,
    List<String> dkimSelectors,
    Optional<String> lang,
    boolean share,
    Optional<String> unsupportedLang,
    List<String> moreDomains,
    Optional<String> reply) {

  /** At most this many {@code dkim=} selectors per request: each one costs DNS queries. */
  public static final int MAX_SELECTORS = 10;

  /** At most this many domains per request ({@code /mx a.it b.it}): one report each. */
  public static final int MAX_DOMAINS = 5;

  public MxRequest {
    Objects.requireNonNull(domainInput, "domainInput");
    dkimSelectors = List.copyOf(dkimSelectors);
    Objects.requireNonNull(lang, "lang");
    Objects.requireNonNull(unsupportedLang, "unsupportedLang");
    moreDomains = List.copyOf(moreDomains);
    Objects.requireNonNull(reply, "reply");
  }

  /** A request without a customer reply. */
  public MxRequest(
      String domainInput,
      List<String> dkimSelectors,
      Optional<String> lang,
      boolean share,
      Optional<String> unsupportedLang,
      List<String> moreDomains) {
    this(domainInput, dkimSelectors, lang, share, unsupportedLang, moreDomains, Optional.empty());
  }

  /** A request for one domain. */
  public MxRequest(
      String domainInput,
      List<String> dkimSelectors,
      Optional<String> lang,
      boolean share,
      Optional<String> unsupportedLang) {
    this(domainInput, dkimSelectors, lang, share, unsupportedLang, List.of());
  }

  /** A request for one domain whose language, if any, is supported. */
  public MxRequest(
      String domainInput, List<String> dkimSelectors, Optional<String> lang, boolean share) {
    this(domainInput, dkimSelectors, lang, share, Optional.empty());
  }

  /** Every domain asked about, in the order given: {@link #domainInput} first. */
  public List<String> domainInputs() {
    List<String> all = new java.util.ArrayList<>();
    all.add(domainInput);
    all.addAll(moreDomains);
    return List.copyOf(all);
  }

  /**
   * Parses the text after {@code /mx}, e.g. {@code caffè.it dkim=sel1 DKIM=sel2 lang=IT share}.
   * Options ({@code dkim=<selector>}, {@code lang=<xx>}, {@code reply=<xx>}, {@code share}; keys in
   * any case) may come before or after the domain. Tokens are separated by whitespace, which
   * Slack's auto-links never contain. Refusals: {@code empty} (no domain at all; code {@code
   * INPUT_EMPTY}), {@code unknown_option}, {@code bad_selector}, {@code too_many_selectors}, {@code
   * bad_lang} (not a language code at all), {@code bad_reply} (no reply templates in that
   * language), {@code duplicate_option}, {@code several_domains} (code {@code INPUT_INVALID}).
   *
   * @param text what follows {@code /mx}; {@code null} counts as empty
   * @param languages the supported reply languages, two lower-case letters each
   */
  public static ParsedRequest parse(String text, Set<String> languages) {
    return new RequestParser(languages).parse(text == null ? "" : text);
  }

  /**
   * The request of a platform's typed options (Discord's {@code /mx}): each field under the same
   * rules and refusals as in text; see {@link RequestParser#options}.
   */
  public static ParsedRequest ofOptions(
      String domainField,
      String selectorsField,
      String langField,
      boolean share,
      Set<String> languages) {
    return ofOptions(domainField, selectorsField, langField, "", share, languages);
  }

  /** The same with the customer reply's language field ({@code reply}; empty: no reply). */
  public static ParsedRequest ofOptions(
      String domainField,
      String selectorsField,
      String langField,
      String replyField,
      boolean share,
      Set<String> languages) {
    return new RequestParser(languages)
        .options(
            domainField == null ? "" : domainField,
            selectorsField == null ? "" : selectorsField,
            langField == null ? "" : langField,
            replyField == null ? "" : replyField,
            share);
  }

  /**
   * The request as text after {@code /mx}, without {@code share} (what a "Re-check" button runs
   * again): parsing it gives the same domain, selectors and language.
   */
  public String commandText() {
    return commandText(domainInput);
  }

  /** The same for one of its domains alone (what that report's "Re-check" runs again). */
  public String commandText(String domain) {
    StringBuilder text = new StringBuilder(domain.strip());
    dkimSelectors.forEach(selector -> text.append(" dkim=").append(selector));
    lang.or(() -> unsupportedLang).ifPresent(code -> text.append(" lang=").append(code));
    reply.ifPresent(code -> text.append(" reply=").append(code));
    return text.toString();
  }

  /** The request's options as the diagnosis needs them. */
  public CheckOptions checkOptions() {
    return new CheckOptions(dkimSelectors);
  }
}
