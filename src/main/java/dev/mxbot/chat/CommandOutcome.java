package dev.mxbot.chat;

import dev.mxbot.core.InputRefusal;
import dev.mxbot.core.Notice;
import dev.mxbot.core.Report;
import java.util.List;

/**
 * What one {@code /mx} command produced: a report, or the reason the input was refused (then
 * nothing was queried). {@code lang} is the language to answer in; {@code share} asks for a public
 * answer; {@code notices} are notes to show above the answer.
 */
public record CommandOutcome(
    String lang, boolean share, Report report, InputRefusal refusal, List<Notice> notices) {

  public CommandOutcome {
    notices = List.copyOf(notices);
  }

  public static CommandOutcome refused(String lang, InputRefusal refusal) {
    return new CommandOutcome(lang, false, null, refusal, List.of());
  }

  public boolean isRefused() {
    return refusal != null;
  }
}
