package dev.mxbot.cli;

import dev.mxbot.chat.Caller;
import dev.mxbot.chat.MxRequest;
import dev.mxbot.chat.Outcome;
import dev.mxbot.chat.Platform;
import dev.mxbot.chat.RequestPipeline;
import dev.mxbot.core.CheckHistory;
import dev.mxbot.demo.DemoZones;
import dev.mxbot.dns.server.ZoneServer;
import dev.mxbot.render.JsonRenderer;
import dev.mxbot.render.PlainTextRenderer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The launcher's class cache holds what its recording run loaded, and that run is the user's first
 * check: a cache recorded by a text check lacked the JSON writer (a later {@code check --json} read
 * the jar and loaded it, 60 % slower), one recorded by {@code --json} lacked the text report (16 %
 * slower), and the first domain's features decided the rest. So the recording run, once the user's
 * report is out, also checks the demo's sample domains ({@code <config>/demo/}) in the demo's own
 * world (its zones served on loopback by an in-process server; {@link CheckWiring#demoWorld}:
 * nothing asked but loopback, no SMTP probe, no store), and writes each report to nowhere as the
 * output the launcher records for: text or JSON, which have a cache each (one cache for both made
 * text checks 5 % slower), in the configured language. A customer reply ({@code --reply}) and the
 * other languages are left out: with them the cache made every text check 3 % slower; a check that
 * asks for them loads those parts itself.
 *
 * <p>Only when the launcher says it is recording ({@code -Dmxbot.cache.training=text} or {@code
 * json}), and only after a check that ended with a report. Bounded: samples whose names {@code
 * demo.yaml} makes fail are left out, a report takes at most 2 s, and no sample starts after 5 s.
 * Nothing it does changes the user's output or exit code; any failure just ends the training.
 * Without a demo directory there is nothing to train on.
 */
final class CacheTraining {

  /** The system property the launcher sets on a recording run. */
  static final String PROPERTY = "mxbot.cache.training";

  private static final Duration DEADLINE = Duration.ofSeconds(2);
  private static final Duration BUDGET = Duration.ofSeconds(5);

  /** An input every check refuses, for the refusal's texts. */
  private static final String REFUSED = "printer.local";

  private CacheTraining() {}

  /** Trains after the check of {@code args} when this JVM records the launcher's cache. */
  static void afterCheck(String[] args) {
    String output = System.getProperty(PROPERTY);
    if (output == null) {
      return;
    }
    try {
      train(ConfigFilesLoad.configDirectory(args), output.equals("json"));
      readWithPicocli();
    } catch (IOException | RuntimeException e) {
      // the cache is then as the user's check left it
    }
  }

  /**
   * A plain check line is read without picocli ({@link CheckLine}), so the recording run also has
   * picocli read one, printing its usage to nowhere: {@code check --help}, the console and the demo
   * then find picocli's classes in the cache rather than read and verify them from the jar. The
   * exit code of that reading (0).
   */
  static int readWithPicocli() {
    PrintWriter nowhere = new PrintWriter(Writer.nullWriter());
    return Main.run(
        new String[] {CheckCommand.NAME, "--help"},
        new BufferedReader(Reader.nullReader()),
        nowhere,
        nowhere);
  }

  /**
   * Checks the demo's samples of {@code config}, writing each as JSON ({@code json}) or as text;
   * the inputs checked (for tests).
   */
  static List<String> train(Path config, boolean json) throws IOException {
    Path directory = config.resolve("demo");
    if (!Files.isDirectory(directory)) {
      return List.of();
    }
    DemoZones zones = DemoZones.load(directory);
    List<String> checked = new ArrayList<>();
    CommonOptions options = new CommonOptions();
    options.config = config;
    long until = System.nanoTime() + BUDGET.toNanos();
    try (ZoneServer server = zones.start();
        CheckWiring app = CheckWiring.demoWorld(options, server, DEADLINE)) {
      RequestPipeline pipeline = app.pipelines().create(Platform.CHECK, CheckHistory.NONE);
      Set<String> languages = new LinkedHashSet<>(pipeline.languages());
      PlainTextRenderer text = app.text();
      JsonRenderer jsonRenderer = json ? app.json() : null;
      List<String> inputs = new ArrayList<>(List.of(REFUSED));
      for (DemoZones.Sample sample : zones.samples()) {
        if (!faulted(sample.domain(), zones.faultedNames())) {
          inputs.add(sample.domain());
        }
      }
      String lang = app.config().locale();
      for (String input : inputs) {
        if (System.nanoTime() > until) {
          break;
        }
        checked.add(input);
        for (Outcome outcome :
            pipeline.answer(
                Caller.console(), MxRequest.ofOptions(input, "", "", "", false, languages), lang)) {
          write(outcome, json ? null : text, json ? jsonRenderer : null, lang);
        }
      }
    }
    return checked;
  }

  /** Renders {@code outcome} as text ({@code text} not null) or JSON; the text goes nowhere. */
  private static void write(
      Outcome outcome, PlainTextRenderer text, JsonRenderer json, String lang) {
    if (outcome instanceof Outcome.Refused refused) {
      if (text != null) {
        text.renderRefusal(refused.refusal(), lang);
      } else {
        json.write(List.of(json.refusal(REFUSED, refused.refusal(), lang)));
      }
    } else if (outcome instanceof Outcome.Answered answered) {
      if (text != null) {
        text.render(answered.report(), lang);
      } else {
        json.write(List.of(json.toJson(answered.report(), lang)));
      }
    }
  }

  private static boolean faulted(String domain, List<String> faultedNames) {
    for (String name : faultedNames) {
      if (domain.equals(name) || domain.endsWith("." + name) || name.endsWith("." + domain)) {
        return true;
      }
    }
    return false;
  }
}
