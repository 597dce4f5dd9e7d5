package dev.mxbot.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mxbot.chat.Caller;
import dev.mxbot.chat.MxRequest;
import dev.mxbot.chat.Outcome;
import dev.mxbot.chat.ParsedRequest;
import dev.mxbot.chat.Platform;
import dev.mxbot.chat.RequestPipeline;
import dev.mxbot.core.CheckHistory;
import dev.mxbot.core.CustomerReply;
import dev.mxbot.core.Report;
import dev.mxbot.core.Verdict;
import dev.mxbot.i18n.Messages;
import dev.mxbot.render.JsonRenderer;
import dev.mxbot.render.PlainTextRenderer;
import dev.mxbot.store.StoredHistory;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code mxbot check <input>...}: one-shot checks printed as text or JSON. Its command-line model
 * is written in code ({@link #spec}, see {@link CodedCommand}).
 */
final class CheckCommand extends TakesCommonOptions implements Callable<Integer>, CodedCommand {

  static final String NAME = "check";

  static final int OK = 0;
  static final int ERRORS_FOUND = 1;
  static final int DNS_UNREACHABLE = 3;

  CommandSpec spec;

  List<String> inputs;

  boolean json;

  List<String> dkim = new ArrayList<>();

  String reply;

  boolean record;

  @Override
  public CommandSpec spec() {
    spec = CodedCommand.specOf(this).name(NAME);
    spec.versionProvider(new VersionProvider());
    spec.usageMessage().description("Check one or more domains and print the report(s).");
    CodedCommand.addStandardHelp(spec);
    spec.addMixin("common", common.spec());
    spec.addPositional(
        new OptionBinding<List<String>>(() -> inputs, v -> inputs = v)
            .oneOrMore()
            .paramLabel("INPUT")
            .description("Domain, e-mail address or URL.")
            .build());
    spec.addOption(
        new OptionBinding<Boolean>(() -> json, v -> json = v)
            .option("--json", boolean.class)
            .description("Print the contract's JSON instead of text.")
            .build());
    spec.addOption(
        new OptionBinding<List<String>>(() -> dkim, v -> dkim = v)
            .repeatable("--dkim")
            .paramLabel("SELECTOR")
            .description("Also try this DKIM selector; repeatable.")
            .build());
    spec.addOption(
        new OptionBinding<String>(() -> reply, v -> reply = v)
            .option("--reply", String.class)
            .paramLabel("LANG")
            .description(
                "Also draft a reply to the customer in this language (the chat's reply=), printed"
                    + " after the report; with --json, as \"customerReply\".")
            .build());
    spec.addOption(
        new OptionBinding<Boolean>(() -> record, v -> record = v)
            .option("--record", boolean.class)
            .description(
                "Record the checks in the store (scope cli) and report what changed since the last"
                    + " recorded one.")
            .build());
    return spec;
  }

  /** How long {@code --record} waits for the store to open before checking without it. */
  static final Duration STORE_WAIT = Duration.ofSeconds(5);

  @Override
  public Integer call() {
    return run(spec.commandLine().getOut(), spec.commandLine().getErr());
  }

  /**
   * Runs the checks, printing the reports to {@code out} and notes to {@code err}; the exit code.
   */
  int run(PrintWriter out, PrintWriter err) {
    try (CheckWiring app = CheckWiring.start(common, record)) {
      common.warn(err, app.config());
      String lang = app.config().locale();
      CheckHistory history = app.history();
      if (history instanceof StoredHistory stored) {
        stored.awaitReady(STORE_WAIT);
      }
      RequestPipeline pipeline = app.pipelines().create(Platform.CHECK, history);
      Set<String> languages = new LinkedHashSet<>(pipeline.languages());
      PlainTextRenderer text = null;
      JsonRenderer jsonRenderer = null;
      List<ObjectNode> nodes = new ArrayList<>();
      ExitCode exit = new ExitCode();
      for (String input : inputs) {
        // The same request, rules and outcome as /mx in chat (without its rate limits).
        ParsedRequest request =
            MxRequest.ofOptions(
                input, String.join(" ", dkim), "", reply == null ? "" : reply, false, languages);
        List<Outcome> outcomes = pipeline.answer(Caller.console(), request, lang);
        if (text == null) {
          // after the first diagnosis, which ran while guides.yaml was read
          text = app.text();
          // only --json needs it: a text check loads no Jackson class
          jsonRenderer = json ? app.json() : null;
        }
        for (Outcome outcome : outcomes) {
          if (outcome instanceof Outcome.Refused refused) {
            exit.refused();
            if (json) {
              nodes.add(jsonRenderer.refusal(input, refused.refusal(), lang));
            } else {
              out.print(text.renderRefusal(refused.refusal(), lang));
            }
          } else if (outcome instanceof Outcome.Answered answered) {
            exit.add(answered.report());
            // Written by the pipeline, as for chat; only --reply loads the templates.
            CustomerReply customerReply = answered.customerReply().orElse(null);
            if (json) {
              nodes.add(jsonRenderer.toJson(answered.report(), lang, customerReply));
            } else {
              out.print(text.render(answered.report(), lang));
              if (customerReply != null) {
                out.print(text.renderReply(customerReply, lang));
              }
            }
          } else {
            exit.failed();
            err.println(Messages.of(lang).get(outcome.messageKey(), outcome.params()));
          }
        }
      }
      if (json) {
        out.println((jsonRenderer != null ? jsonRenderer : app.json()).write(nodes));
      }
      out.flush();
      return exit.code();
    }
  }

  /** The worst outcome of several inputs: bad input, then DNS unreachable, then errors found. */
  private static final class ExitCode {
    private boolean refused;
    private boolean unreachable;
    private boolean errors;

    void refused() {
      refused = true;
    }

    void failed() {
      errors = true;
    }

    void add(Report report) {
      unreachable |= report.dnsUnreachable();
      errors |= report.verdict() == Verdict.ERROR;
    }

    int code() {
      if (refused) {
        return Main.BAD_INPUT;
      }
      if (unreachable) {
        return DNS_UNREACHABLE;
      }
      return errors ? ERRORS_FOUND : OK;
    }
  }
}
