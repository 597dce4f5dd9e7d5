package dev.mxbot.chat;

import dev.mxbot.core.CustomerReply;
import dev.mxbot.core.HistoryEntry;
import dev.mxbot.core.InputRefusal;
import dev.mxbot.core.Notice;
import dev.mxbot.core.Report;
import dev.mxbot.i18n.Messages;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What became of one {@code /mx} command, the same on every platform: a report, or one of the ways
 * a command is turned away. Each adapter turns it into its platform's message; {@link #lang()} is
 * the language to answer in. Every outcome but {@link Answered} is a short text of the message
 * bundles: {@link #messageKey()} with {@link #params()}.
 */
public sealed interface Outcome {

  /** The language of the answer. */
  String lang();

  /** The bundle key of the answer's text; {@link Answered} and {@link Refused} have their own. */
  String messageKey();

  /** The values of {@link #messageKey()}. */
  default Map<String, String> params() {
    return Map.of();
  }

  /**
   * The verdict of the command's log line: a {@link dev.mxbot.core.Verdict} id, {@code
   * refused:<rule>}, {@code rate_limited}, {@code busy} or {@code failed}.
   */
  String logVerdict();

  /**
   * The report: {@code share} asks for a public answer, {@code notices} go above it; {@code
   * customerReply} is the customer reply the request asked for ({@code reply=xx}), shown only to
   * the agent.
   */
  record Answered(
      String lang,
      boolean share,
      Report report,
      List<Notice> notices,
      Optional<CustomerReply> customerReply)
      implements Outcome {
    public Answered {
      notices = List.copyOf(notices);
      Objects.requireNonNull(customerReply, "customerReply");
    }

    /** A report without a customer reply. */
    public Answered(String lang, boolean share, Report report, List<Notice> notices) {
      this(lang, share, report, notices, Optional.empty());
    }

    @Override
    public String messageKey() {
      return "";
    }

    @Override
    public String logVerdict() {
      return report.verdict().id();
    }
  }

  /** The input was refused before any DNS query (bad domain, unknown option…). */
  record Refused(String lang, InputRefusal refusal) implements Outcome {
    @Override
    public String messageKey() {
      return "";
    }

    @Override
    public String logVerdict() {
      return "refused:" + refusal.rule();
    }
  }

  /** {@code /mx help}: how to use {@code /mx}. */
  record Help(String lang) implements Outcome {
    @Override
    public String messageKey() {
      return "chat.help";
    }

    @Override
    public String logVerdict() {
      return "help";
    }
  }

  /** This workspace, guild, channel or member may not use {@code /mx}. */
  record NotAllowed(String lang) implements Outcome {
    @Override
    public String messageKey() {
      return "chat.notAllowed";
    }

    @Override
    public String logVerdict() {
      return "refused:not_allowed";
    }
  }

  /** The answer could go nowhere (a Slack command without a usable {@code response_url}). */
  record Unanswerable(String lang, String rule) implements Outcome {
    @Override
    public String messageKey() {
      return "chat.unanswerable";
    }

    @Override
    public String logVerdict() {
      return "refused:" + rule;
    }
  }

  /** Over a rate limit or a DNS question budget: try again after {@code retryAfter}. */
  record RateLimited(String lang, Duration retryAfter) implements Outcome {
    @Override
    public String messageKey() {
      return "chat.rateLimited";
    }

    @Override
    public Map<String, String> params() {
      return Map.of("seconds", Long.toString(retryAfter.toSeconds()));
    }

    @Override
    public String logVerdict() {
      return "rate_limited";
    }
  }

  /** New work beyond capacity, or the bot is stopping: try again in {@code seconds}. */
  record Busy(String lang, int seconds) implements Outcome {
    @Override
    public String messageKey() {
      return "chat.busy";
    }

    @Override
    public Map<String, String> params() {
      return Map.of("seconds", Integer.toString(seconds));
    }

    @Override
    public String logVerdict() {
      return "busy";
    }
  }

  /** Something unexpected broke; {@code ref} is in the log line with the stack. */
  record Failed(String lang, String ref) implements Outcome {
    @Override
    public String messageKey() {
      return "chat.error";
    }

    @Override
    public Map<String, String> params() {
      return Map.of("ref", ref);
    }

    @Override
    public String logVerdict() {
      return "failed";
    }
  }

  /**
   * {@code /mx history <domain>}: the team's or guild's last checks of {@code domain} (shown as
   * typed, Unicode), newest first. {@code stored} is false without a store; {@code entries} empty
   * when the store did not answer.
   */
  record History(String lang, String domain, boolean stored, Optional<List<HistoryEntry>> entries)
      implements Outcome {

    @Override
    public String messageKey() {
      if (!stored) {
        return "history.off";
      }
      if (entries.isEmpty()) {
        return "history.unavailable";
      }
      return entries.get().isEmpty() ? "history.empty" : "history.chat";
    }

    @Override
    public Map<String, String> params() {
      return Map.of(
          "domain",
          domain,
          "lines",
          entries.map(list -> HistoryLines.of(list, Messages.of(lang))).orElse(""));
    }

    @Override
    public String logVerdict() {
      return "history";
    }
  }

  /**
   * A watch command answered in a sentence of the bundles: the list of {@code /mx watches}, the end
   * of one ({@code /mx unwatch}), or why a watch was not started (no store, too long).
   */
  record WatchNote(String lang, String messageKey, Map<String, String> params) implements Outcome {
    public WatchNote {
      params = Map.copyOf(params);
    }

    @Override
    public String logVerdict() {
      return "watch";
    }
  }
}
