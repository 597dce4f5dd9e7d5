package dev.mxbot.cli;

import dev.mxbot.chat.Scopes;
import dev.mxbot.core.CheckHistory;
import dev.mxbot.core.HistoryEntry;
import dev.mxbot.core.InputPolicy;
import dev.mxbot.core.ParsedDomain;
import dev.mxbot.i18n.Messages;
import dev.mxbot.render.ReportText;
import dev.mxbot.render.TerminalText;
import dev.mxbot.store.StoredHistory;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code mxbot history <domain> [--json]}: the last {@link #LIMIT} checks of a domain recorded by
 * {@code check --record} (scope {@code cli}), newest first. Exit 0 when shown (even none), 1 when
 * the store does not answer, 2 for bad input or no store ({@code store.url: none}).
 */
@Command(
    name = "history",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Show the last recorded checks of a domain (recorded by check --record).")
final class HistoryCommand extends TakesCommonOptions implements Callable<Integer> {

  /** Checks shown. */
  static final int LIMIT = 10;

  /** Exit code when the store does not answer. */
  static final int STORE_UNAVAILABLE = 1;

  private static final Duration WAIT = Duration.ofSeconds(10);

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "DOMAIN", description = "The domain (as for check).")
  String input;

  @Option(names = "--json", description = "Print a JSON array of {time, verdict, codes, changes}.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    try (Bootstrap app = Bootstrap.start(common, c -> c)) {
      common.warn(spec.commandLine().getErr(), app.config());
      String lang = app.config().locale();
      Messages messages = Messages.of(lang);
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      ParsedDomain domain = app.get(InputPolicy.class).parse(input);
      if (!domain.isAccepted()) {
        err.println(
            TerminalText.safe(
                messages.get(domain.refusal().messageKey(), domain.refusal().params())));
        return Main.BAD_INPUT;
      }
      if (!(app.get(CheckHistory.class) instanceof StoredHistory history)) {
        err.println(messages.get("history.off"));
        return Main.BAD_INPUT;
      }
      String ascii = domain.domain().ascii();
      Optional<List<HistoryEntry>> entries = history.history(Scopes.CLI, ascii, LIMIT, WAIT);
      if (entries.isEmpty()) {
        err.println(messages.get("history.unavailable"));
        return STORE_UNAVAILABLE;
      }
      if (json) {
        out.println(HistoryJson.write(entries.get()));
      } else {
        text(out, messages, domain.domain().unicode(), entries.get());
      }
      out.flush();
      return 0;
    }
  }

  private static void text(
      PrintWriter out, Messages messages, String domain, List<HistoryEntry> entries) {
    if (entries.isEmpty()) {
      out.println(TerminalText.safe(messages.get("history.empty", Map.of("domain", domain))));
      return;
    }
    out.println(TerminalText.safe(messages.get("history.title", Map.of("domain", domain))));
    ReportText text = new ReportText(messages);
    for (HistoryEntry entry : entries) {
      out.println(
          TerminalText.safe(
              TIME.format(entry.time())
                  + "  "
                  + messages.get(ReportText.verdictKey(entry))
                  + "  "
                  + String.join(", ", entry.codes())));
      text.changes(entry.changes())
          .ifPresent(line -> out.println(TerminalText.safe("    🔁 " + line)));
    }
  }
}
