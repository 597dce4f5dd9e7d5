package dev.mxbot.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mxbot.audit.Audit;
import dev.mxbot.audit.Checker;
import dev.mxbot.audit.HtmlSummary;
import dev.mxbot.audit.InputLines;
import dev.mxbot.audit.OutputFormat;
import dev.mxbot.audit.PlainProgress;
import dev.mxbot.audit.Progress;
import dev.mxbot.audit.ProgressDisplay;
import dev.mxbot.audit.Resume;
import dev.mxbot.audit.Row;
import dev.mxbot.audit.Sink;
import dev.mxbot.audit.TerminalProgress;
import dev.mxbot.chat.Caller;
import dev.mxbot.chat.MxRequest;
import dev.mxbot.chat.Outcome;
import dev.mxbot.chat.Pipelines;
import dev.mxbot.chat.Platform;
import dev.mxbot.chat.RequestPipeline;
import dev.mxbot.dns.AuditDnsModule;
import dev.mxbot.dns.CachingDns;
import dev.mxbot.i18n.Messages;
import dev.mxbot.render.JsonRenderer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code mxbot audit <file|-> [--out F] [--html F] [--concurrency N] [--resume]}: checks every
 * input line (as {@code /mx} reads it) and writes JSON Lines or CSV as lines finish, resumable by
 * line number. Exit 0 finished, 2 bad usage, 130 after a clean stop on Ctrl-C. During the audit,
 * DNS answers are reused across domains up to their TTL ({@link CachingDns}).
 */
@Command(
    name = "audit",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Check many domains: one input per line (domain, e-mail address or URL, as /mx reads it);"
          + " blank lines and lines starting with # are skipped.",
      "Writes one result per line as it finishes: JSON Lines (the check --json report plus"
          + " \"line\"), or CSV when --out ends in .csv."
    })
final class AuditCommand extends TakesCommonOptions implements Callable<Integer> {

  /** Exit code after a clean stop on Ctrl-C (128 + SIGINT). */
  static final int INTERRUPTED = 130;

  /** The most lines at once: the diagnosis workers of the process. */
  static final int MAX_CONCURRENCY = 32;

  /** How often progress is printed when standard error is not a terminal. */
  private static final Duration PLAIN_PERIOD = Duration.ofSeconds(10);

  private final Terminal terminal;

  @Spec CommandSpec spec;

  @Parameters(
      index = "0",
      paramLabel = "FILE",
      description = "File of inputs, one per line; - for standard input.")
  String input;

  @Option(
      names = "--out",
      paramLabel = "F",
      description = "Write results here (.csv: CSV, else JSON Lines); default: standard output.")
  Path out;

  @Option(names = "--html", paramLabel = "F", description = "Also write an HTML summary page.")
  Path html;

  @Option(
      names = "--concurrency",
      paramLabel = "N",
      description = "Lines checked at once (1 to " + MAX_CONCURRENCY + ", default 8).")
  int concurrency = 8;

  @Option(
      names = "--resume",
      description = "Skip the lines already in --out (a torn last line is dropped); needs --out.")
  boolean resume;

  AuditCommand(Terminal terminal) {
    this.terminal = terminal;
  }

  @Override
  public Integer call() throws IOException, InterruptedException {
    validate();
    PrintWriter err = spec.commandLine().getErr();
    try (Bootstrap app = Bootstrap.start(common, c -> c, cachedAnswers())) {
      common.warn(err, app.config());
      String lang = app.config().locale();
      RequestPipeline pipeline = app.get(Pipelines.class).create(Platform.CHECK);
      JsonRenderer json = app.get(JsonRenderer.class);
      Checker checker = checker(pipeline, json, lang);
      Duration drain = app.config().deadline().plusSeconds(2);
      Audit audit = new Audit(checker, concurrency, drain, err);
      CountDownLatch finished = new CountDownLatch(1);
      Thread hook =
          new Thread(
              () -> {
                audit.stop();
                awaitQuietly(finished, drain.plusSeconds(5));
              },
              "mxbot-audit-stop");
      Runtime.getRuntime().addShutdownHook(hook);
      try {
        return run(audit, lang, err);
      } finally {
        finished.countDown();
        try {
          Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
          // the hook is running: it waited for this
        }
      }
    }
  }

  private int run(Audit audit, String lang, PrintWriter err) throws IOException {
    OutputFormat format = OutputFormat.of(out);
    HtmlSummary summary = html == null ? null : new HtmlSummary(lang);
    Consumer<Row> rows = summary == null ? row -> {} : summary::add;
    try {
      Resume done = resume ? Resume.read(out, format, rows) : Resume.none();
      if (resume) {
        err.println(
            "audit: resuming, "
                + done.count()
                + " lines already done"
                + (done.tornLineDropped() ? "; a torn last line was dropped" : ""));
      }
      OptionalLong total =
          "-".equals(input)
              ? OptionalLong.empty()
              : OptionalLong.of(Math.max(0, InputLines.count(Path.of(input)) - done.count()));
      Progress progress = new Progress(total, System.nanoTime());
      Audit.End end;
      try (BufferedReader reader = reader();
          Sink sink = sink(format, done);
          ProgressDisplay display = display(progress, err)) {
        end = audit.run(new InputLines(reader), done, sink, rows, progress, display);
      }
      if (summary != null) {
        summary.write(html);
      }
      return end == Audit.End.STOPPED ? INTERRUPTED : 0;
    } finally {
      if (summary != null) {
        summary.close();
      }
    }
  }

  private void validate() {
    if (resume && out == null) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--resume needs --out: it reads the lines already written there");
    }
    if (concurrency < 1 || concurrency > MAX_CONCURRENCY) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--concurrency must be between 1 and " + MAX_CONCURRENCY);
    }
    if (!"-".equals(input) && !Files.isRegularFile(Path.of(input))) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), input + ": no such file (use - for standard input)");
    }
  }

  private BufferedReader reader() throws IOException {
    return "-".equals(input)
        ? terminal.in()
        : Files.newBufferedReader(Path.of(input), StandardCharsets.UTF_8);
  }

  private Sink sink(OutputFormat format, Resume done) throws IOException {
    if (out == null) {
      return new Sink(spec.commandLine().getOut(), format, true, false);
    }
    Writer writer =
        Files.newBufferedWriter(
            out,
            StandardCharsets.UTF_8,
            StandardOpenOption.CREATE,
            StandardOpenOption.WRITE,
            resume ? StandardOpenOption.APPEND : StandardOpenOption.TRUNCATE_EXISTING);
    return new Sink(writer, format, done.empty(), true);
  }

  /** A bar when a person watches (and the results do not go to the same terminal). */
  private ProgressDisplay display(Progress progress, PrintWriter err) {
    if (out != null && terminal.interactive()) {
      return TerminalProgress.open(progress);
    }
    return new PlainProgress(progress, err, PLAIN_PERIOD);
  }

  /** One line as {@code /mx} answers it (without its rate limits), as the contract's JSON. */
  static Checker checker(RequestPipeline pipeline, JsonRenderer json, String lang) {
    Set<String> languages = new LinkedHashSet<>(pipeline.languages());
    return text -> {
      List<ObjectNode> results = new ArrayList<>();
      for (Outcome outcome :
          pipeline.answer(
              Caller.console(), MxRequest.ofOptions(text, "", "", false, languages), lang)) {
        if (outcome instanceof Outcome.Refused refused) {
          results.add(json.refusal(text, refused.refusal(), lang));
        } else if (outcome instanceof Outcome.Answered answered) {
          results.add(json.toJson(answered.report(), lang));
        } else {
          throw new Checker.NotChecked(
              Messages.of(lang).get(outcome.messageKey(), outcome.params()));
        }
      }
      return results;
    };
  }

  private static void awaitQuietly(CountDownLatch latch, Duration limit) {
    try {
      latch.await(limit.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * The audit's DNS: answers reused across domains, resolvers held to {@code
   * dns.maxInFlightPerServer} too (the audit's; the benchmark's).
   */
  static com.google.inject.Module cachedAnswers() {
    return new AuditDnsModule();
  }
}
