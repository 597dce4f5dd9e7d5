package dev.mxbot.chat;

import dev.mxbot.core.InputPolicy;
import dev.mxbot.core.Notice;
import dev.mxbot.core.ParsedDomain;
import jakarta.inject.Inject;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Turns the text of a {@code /mx} command into a diagnosis: parses the options and the domain,
 * refuses bad input before any DNS query, and runs the checks. Platform-neutral: every adapter
 * (console, Slack, Discord) calls it the same way. Blocking; adapters call it off their event
 * threads. Safe for concurrent use.
 */
public final class CommandRouter {

  private final SharedDiagnoses diagnosis;
  private final InputPolicy policy;

  @Inject
  public CommandRouter(SharedDiagnoses diagnosis, InputPolicy policy) {
    this.diagnosis = diagnosis;
    this.policy = policy;
  }

  /**
   * Handles {@code text} (what follows {@code /mx}), answering in {@code defaultLang} unless
   * overridden.
   */
  public CommandOutcome handle(String text, String defaultLang) {
    ParsedRequest parsed = MxRequest.parse(text, new LinkedHashSet<>(policy.languages()));
    if (!parsed.isAccepted()) {
      return CommandOutcome.refused(defaultLang, parsed.refusal());
    }
    MxRequest request = parsed.request();
    String lang = request.lang().orElse(defaultLang);
    ParsedDomain domain = policy.parse(request.domainInput());
    if (!domain.isAccepted()) {
      return CommandOutcome.refused(lang, domain.refusal());
    }
    List<Notice> notices =
        request.unsupportedLang().stream()
            .map(asked -> Notice.unsupportedLanguage(asked, lang))
            .toList();
    return new CommandOutcome(
        lang,
        request.share(),
        diagnosis.diagnose(request.domainInput().strip(), domain.domain(), request.checkOptions()),
        null,
        notices);
  }
}
