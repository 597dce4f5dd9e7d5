package dev.mxbot.chat;

import dev.mxbot.core.CheckHistory;
import dev.mxbot.core.CustomerReply;
import dev.mxbot.core.InputPolicy;
import dev.mxbot.core.Notice;
import dev.mxbot.core.ParsedDomain;
import dev.mxbot.core.Report;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one path of a {@code /mx} command, whatever the platform: the access policy, the request's
 * parsing and the domain's, the rate limits, the shared diagnosis (joined or reused when someone
 * asked the same), then exactly one {@link Outcome} — with the command's one log line, its metric,
 * the DNS questions charged to the user and, on an unexpected failure, a reference ({@link
 * ErrorRef}) logged with the stack. Adapters only translate their platform's request into a {@link
 * Caller} and a {@link ParsedRequest}, and the outcome into their platform's message. One instance
 * per platform ({@link Pipelines#create}). Safe for concurrent use.
 */
public final class RequestPipeline {

  /** Checks {@code /mx history} lists. */
  public static final int HISTORY_LIMIT = 10;

  /** What "busy, try again in N s" says. */
  public static final int BUSY_SECONDS = 10;

  private static final Logger LOG = LoggerFactory.getLogger(RequestPipeline.class);

  private final Platform platform;
  private final InputPolicy policy;
  private final RateLimiter limiter;
  private final SharedDiagnoses shared;
  private final CommandEvents events;
  private final Executor replies;
  private final CustomerReplyWriter customerReplies;
  private final CheckHistory history;
  private final Watching watching;
  private final Answering answering = new Answering();

  RequestPipeline(
      Platform platform,
      InputPolicy policy,
      RateLimiter limiter,
      SharedDiagnoses shared,
      CommandEvents events,
      Executor replies,
      CheckHistory history,
      CustomerReplyWriter customerReplies,
      Watching watching) {
    this.watching = watching;
    this.history = history;
    this.platform = platform;
    this.policy = policy;
    this.limiter = limiter;
    this.shared = shared;
    this.events = events;
    this.replies = replies;
    this.customerReplies = customerReplies;
  }

  /** The platform this pipeline serves. */
  public Platform platform() {
    return platform;
  }

  /** The reply languages a request may ask for. */
  public List<String> languages() {
    return policy.languages();
  }

  /**
   * Decides about one command at once. Turned away (not allowed, bad input, no {@code reply}, over
   * a limit, busy): the {@link Admission.Answer} is the whole answer, already logged. Accepted: the
   * final outcome goes to {@code reply} once the report is ready and {@code start} has completed
   * (e.g. the platform's acknowledgement is out; at most a few seconds later).
   *
   * @param defaultLang the language when the request names none
   * @param reply where the final answer goes; empty when it could go nowhere
   */
  public Admission admit(
      Caller caller,
      ParsedRequest parsed,
      String defaultLang,
      Optional<Reply> reply,
      CompletionStage<?> start) {
    long began = System.nanoTime();
    if (!platform.access().allows(caller.space(), caller.channel(), caller.roles())) {
      return turnedAway(caller, "-", new Outcome.NotAllowed(defaultLang), began);
    }
    if (parsed.help()) {
      return turnedAway(caller, "-", new Outcome.Help(defaultLang), began);
    }
    if (parsed.historyOf() != null) {
      return history(caller, parsed.historyOf(), defaultLang, reply, start, began);
    }
    if (parsed.watch() != null) {
      return watch(caller, parsed.watch(), defaultLang, reply, start, began);
    }
    if (!parsed.isAccepted()) {
      return turnedAway(caller, "-", new Outcome.Refused(defaultLang, parsed.refusal()), began);
    }
    MxRequest request = parsed.request();
    String lang = request.lang().orElse(defaultLang);
    List<ParsedDomain> domains = new ArrayList<>();
    for (String input : request.domainInputs()) {
      ParsedDomain domain = policy.parse(input);
      if (!domain.isAccepted()) {
        return turnedAway(caller, "-", new Outcome.Refused(lang, domain.refusal()), began);
      }
      domains.add(domain);
    }
    String ascii = domains.get(0).domain().ascii();
    if (reply.isEmpty()) {
      return turnedAway(caller, ascii, new Outcome.Unanswerable(lang, "no_response_url"), began);
    }
    Optional<Admission> limited = overLimit(caller, ascii, lang, domains.size(), began);
    if (limited.isPresent()) {
      return limited.get();
    }
    List<CompletableFuture<Report>> reports = new ArrayList<>();
    for (int i = 0; i < domains.size(); i++) {
      if (!answering.enter()) {
        reports.forEach(r -> answering.leave());
        return turnedAway(caller, ascii, busy(lang), began);
      }
      ParsedDomain domain = domains.get(i);
      reports.add(
          shared.diagnose(
              request.domainInputs().get(i).strip(),
              domain.domain(),
              request.checkOptions(),
              start));
    }
    if (reports.size() == 1 && saturated(reports.get(0))) {
      answering.leave();
      return turnedAway(caller, ascii, busy(lang), began);
    }
    List<Notice> notices =
        request.unsupportedLang().stream()
            .map(asked -> Notice.unsupportedLanguage(asked, lang))
            .toList();
    for (int i = 0; i < reports.size(); i++) {
      int index = i;
      String name = domains.get(i).domain().ascii();
      reports
          .get(i)
          .thenCompose(report -> withChanges(caller, report))
          .handle((done, failure) -> outcome(caller, lang, request, notices, done, failure))
          .thenCombine(bounded(start), (outcome, ignored) -> outcome)
          .thenAcceptAsync(
              outcome -> deliver(caller, name, outcome, reply.get(), index, began), replies);
    }
    return new Admission.Accepted(lang, domains.stream().map(ParsedDomain::domain).toList());
  }

  /**
   * The answer turning away a command of {@code checks} checks over the caller's rate limit (each
   * check takes its token), where the platform is rate-limited; empty when within it.
   */
  private Optional<Admission> overLimit(
      Caller caller, String ascii, String lang, int checks, long began) {
    for (int i = 0; platform.rateLimited() && i < checks; i++) {
      Optional<Duration> wait = limiter.tryAcquire(caller.rateKey());
      if (wait.isPresent()) {
        return Optional.of(
            turnedAway(caller, ascii, new Outcome.RateLimited(lang, wait.get()), began));
      }
    }
    return Optional.empty();
  }

  /** Empty once one more answer is counted in flight; else the "busy" answer. */
  private Optional<Admission> busyUnlessEntered(
      Caller caller, String ascii, String lang, long began) {
    return answering.enter()
        ? Optional.empty()
        : Optional.of(turnedAway(caller, ascii, busy(lang), began));
  }

  /**
   * {@code /mx history <domain>}: the last {@link #HISTORY_LIMIT} checks of the domain in the
   * caller's scope, read on the store's thread (bounded) and sent like an answer; rate-limited like
   * a check.
   */
  private Admission history(
      Caller caller,
      String input,
      String lang,
      Optional<Reply> reply,
      CompletionStage<?> start,
      long began) {
    ParsedDomain domain = policy.parse(input);
    if (!domain.isAccepted()) {
      return turnedAway(caller, "-", new Outcome.Refused(lang, domain.refusal()), began);
    }
    String ascii = domain.domain().ascii();
    String shown = domain.domain().unicode();
    if (reply.isEmpty()) {
      return turnedAway(caller, ascii, new Outcome.Unanswerable(lang, "no_response_url"), began);
    }
    if (!history.enabled()) {
      return turnedAway(
          caller, ascii, new Outcome.History(lang, shown, false, Optional.empty()), began);
    }
    Optional<Admission> refused =
        overLimit(caller, ascii, lang, 1, began)
            .or(() -> busyUnlessEntered(caller, ascii, lang, began));
    if (refused.isPresent()) {
      return refused.get();
    }
    history
        .latest(Scopes.of(platform, caller), ascii, HISTORY_LIMIT)
        .handle(
            (entries, failure) ->
                (Outcome)
                    new Outcome.History(
                        lang, shown, true, failure == null ? entries : Optional.empty()))
        .thenCombine(bounded(start), (outcome, ignored) -> outcome)
        .thenAcceptAsync(
            outcome -> deliver(caller, ascii, outcome, reply.get(), 0, began), replies);
    return new Admission.Accepted(lang, List.of(domain.domain()));
  }

  /**
   * {@code /mx watch|watches|unwatch}. Listing and ending read the store at once, bounded by {@link
   * #WATCH_BOUND} (the answer is the acknowledgement). Starting one diagnoses the domain like a
   * check (rate-limited, shared): nothing pending answers at once and keeps no row; otherwise the
   * watch is kept and scheduled, and the report says so.
   */
  private Admission watch(
      Caller caller,
      WatchCommand command,
      String lang,
      Optional<Reply> reply,
      CompletionStage<?> start,
      long began) {
    if (!watching.enabled() || platform.id().equals("console") || platform.id().equals("check")) {
      return turnedAway(caller, "-", new Outcome.WatchNote(lang, "watch.off", Map.of()), began);
    }
    if (command.kind() == WatchCommand.Kind.WATCHES) {
      Outcome outcome =
          bounded(() -> watching.book().of(platform.id(), caller.account()))
              .map(list -> WatchLines.list(lang, list))
              .orElseGet(() -> new Outcome.WatchNote(lang, "watch.unavailable", Map.of()));
      return turnedAway(caller, "-", outcome, began);
    }
    ParsedDomain domain = policy.parse(command.domainInput());
    if (!domain.isAccepted()) {
      return turnedAway(caller, "-", new Outcome.Refused(lang, domain.refusal()), began);
    }
    String ascii = domain.domain().ascii();
    Map<String, String> named = Map.of("domain", domain.domain().unicode());
    if (command.kind() == WatchCommand.Kind.UNWATCH) {
      Optional<Boolean> ended =
          bounded(() -> watching.book().end(platform.id(), caller.account(), ascii));
      String key = ended.map(e -> e ? "watch.ended" : "watch.none").orElse("watch.unavailable");
      return turnedAway(caller, ascii, new Outcome.WatchNote(lang, key, named), began);
    }
    Duration max = watching.maxDuration();
    Duration length = command.length().orElse(max);
    if (length.compareTo(max) > 0) {
      return turnedAway(
          caller,
          ascii,
          new Outcome.WatchNote(lang, "watch.tooLong", Map.of("max", WatchLines.duration(max))),
          began);
    }
    if (reply.isEmpty()) {
      return turnedAway(caller, ascii, new Outcome.Unanswerable(lang, "no_response_url"), began);
    }
    Optional<Admission> refused =
        overLimit(caller, ascii, lang, 1, began)
            .or(() -> busyUnlessEntered(caller, ascii, lang, began));
    if (refused.isPresent()) {
      return refused.get();
    }
    shared
        .diagnose(
            command.domainInput().strip(), domain.domain(), dev.mxbot.core.CheckOptions.NONE, start)
        .thenApplyAsync(
            report -> startWatch(caller, command, lang, domain, length, report), replies)
        .handle(
            (outcome, failure) ->
                failure == null
                    ? outcome
                    : outcome(caller, lang, plain(command), List.of(), null, failure))
        .thenCombine(bounded(start), (outcome, ignored) -> outcome)
        .thenAcceptAsync(
            outcome -> deliver(caller, ascii, outcome, reply.get(), 0, began), replies);
    return new Admission.Accepted(lang, List.of(domain.domain()));
  }

  /** How long {@code /mx watches} and {@code /mx unwatch} wait for the store. */
  public static final Duration WATCH_BOUND = Duration.ofSeconds(2);

  private <T> Optional<T> bounded(java.util.function.Supplier<Optional<T>> read) {
    try {
      return CompletableFuture.supplyAsync(read, replies)
          .completeOnTimeout(Optional.empty(), WATCH_BOUND.toMillis(), TimeUnit.MILLISECONDS)
          .join();
    } catch (CompletionException e) {
      return Optional.empty();
    }
  }

  private static MxRequest plain(WatchCommand command) {
    return new MxRequest(command.domainInput(), List.of(), Optional.empty(), false);
  }

  /** The report of a watch to start, with what became of it above. */
  private Outcome startWatch(
      Caller caller,
      WatchCommand command,
      String lang,
      ParsedDomain domain,
      Duration length,
      Report report) {
    String shown = domain.domain().unicode();
    if (dev.mxbot.core.WatchDecision.nothingPending(report)) {
      return new Outcome.Answered(
          lang,
          false,
          report,
          List.of(
              new Notice(
                  "watch.nothingPending",
                  Map.of(
                      "domain",
                      shown,
                      "resolvers",
                      watching.resolvers().isEmpty()
                          ? "-"
                          : String.join(", ", watching.resolvers())))));
    }
    Instant now = Instant.now();
    dev.mxbot.core.Watch watch =
        new dev.mxbot.core.Watch(
                0,
                platform.id(),
                caller.account(),
                caller.space(),
                caller.channel(),
                caller.user(),
                caller.logId(),
                domain.domain().ascii(),
                shown,
                lang,
                command.share(),
                now,
                now.plus(length),
                report.verdict().id(),
                java.util.Map.of())
            .seen(report);
    dev.mxbot.core.WatchBook.Started started = watching.book().start(watch);
    Map<String, String> params =
        Map.of(
            "domain",
            shown,
            "interval",
            WatchLines.duration(watching.interval()),
            "length",
            WatchLines.duration(length),
            "max",
            Integer.toString(watching.maxPerUser()));
    String key =
        switch (started) {
          case STARTED -> command.share() ? "watch.startedShared" : "watch.started";
          case ALREADY -> "watch.already";
          case USER_LIMIT -> "watch.userLimit";
          case FULL -> "watch.full";
          case UNAVAILABLE -> "watch.unavailable";
        };
    return new Outcome.Answered(lang, false, report, List.of(new Notice(key, params)));
  }

  /**
   * Answers the text after {@code /mx} from {@code caller} and waits for the outcome: the console's
   * way (and tests').
   */
  public List<Outcome> answer(Caller caller, String text, String defaultLang) {
    return answer(
        caller, MxRequest.parse(text, new LinkedHashSet<>(policy.languages())), defaultLang);
  }

  /**
   * Answers a request already parsed (e.g. from {@code check}'s options) and waits: one outcome per
   * domain, in the order asked (or the one answer that turned the request away).
   */
  public List<Outcome> answer(Caller caller, ParsedRequest parsed, String defaultLang) {
    List<CompletableFuture<Outcome>> answers = new ArrayList<>();
    for (int i = 0; i < MxRequest.MAX_DOMAINS; i++) {
      answers.add(new CompletableFuture<>());
    }
    Reply reply =
        new Reply() {
          @Override
          public CompletionStage<?> send(Outcome outcome) {
            return send(0, outcome);
          }

          @Override
          public CompletionStage<?> send(int index, Outcome outcome) {
            answers.get(index).complete(outcome);
            return CompletableFuture.completedFuture(null);
          }
        };
    Admission admission =
        admit(
            caller, parsed, defaultLang, Optional.of(reply), CompletableFuture.completedFuture(0));
    if (admission instanceof Admission.Answer now) {
      return List.of(now.outcome());
    }
    int count = ((Admission.Accepted) admission).domains().size();
    return answers.subList(0, count).stream().map(CompletableFuture::join).toList();
  }

  /**
   * Sends an answer decided without a diagnosis (e.g. a refusal to a button click, which has no
   * acknowledgement to carry it) off the caller's thread.
   */
  public void answerSoon(Reply reply, Outcome outcome) {
    if (!answering.enter()) {
      return;
    }
    replies.execute(() -> send(reply, 0, outcome));
  }

  /**
   * Waits up to {@code limit} until every accepted command has been answered; true when none is
   * left.
   */
  public boolean awaitAnswered(Duration limit) {
    return answering.awaitIdle(limit);
  }

  /** Stops accepting (new commands are "busy") and waits up to {@code limit} for the rest. */
  public boolean close(Duration limit) {
    return answering.close(limit);
  }

  /** Commands accepted and not yet answered. */
  public int inFlight() {
    return answering.count();
  }

  private static Outcome.Busy busy(String lang) {
    return new Outcome.Busy(lang, BUSY_SECONDS);
  }

  private Outcome outcome(
      Caller caller,
      String lang,
      MxRequest request,
      List<Notice> notices,
      Report report,
      Throwable failure) {
    Throwable cause = failure instanceof CompletionException ? failure.getCause() : failure;
    if (failure == null) {
      try {
        Optional<CustomerReply> reply =
            request.reply().map(replyLang -> customerReplies.write(report, replyLang));
        return new Outcome.Answered(lang, request.share(), report, notices, reply);
      } catch (RuntimeException e) {
        cause = e; // a template a support lead broke: the agent gets an error reference
      }
    }
    if (cause instanceof SharedDiagnoses.Saturated) {
      return busy(lang);
    }
    String ref = ErrorRef.next();
    LOG.error("{} /mx failed: user={} ref={}", platform.id(), caller.logId(), ref, cause);
    return new Outcome.Failed(lang, ref);
  }

  private void deliver(
      Caller caller, String domain, Outcome outcome, Reply reply, int index, long began) {
    Duration took = Duration.ofNanos(System.nanoTime() - began);
    if (outcome instanceof Outcome.Answered answered) {
      if (platform.rateLimited()) {
        limiter.charge(caller.rateKey(), answered.report().questions());
      }
      domain = answered.report().domain().ascii();
    }
    logAndCount(caller, domain, outcome, took);
    // Queued just before the answer goes out (the write itself runs on the store's thread): once
    // the caller has the answer, the check is in the queue, even if the process stops now.
    if (outcome instanceof Outcome.Answered answered && recordable(answered.report())) {
      history.record(
          new CheckHistory.Entry(
              Scopes.of(platform, caller),
              Scopes.platform(platform, caller),
              caller.space(),
              Scopes.user(platform, caller),
              answered.report(),
              Instant.now()));
    }
    send(reply, index, outcome);
  }

  /** The history of this pipeline ({@link CheckHistory#NONE} when it records nothing). */
  public CheckHistory history() {
    return history;
  }

  /**
   * The report with what changed since the caller's scope last checked the domain; the report as it
   * is when the history has nothing (or does not answer within its bound).
   */
  private CompletableFuture<Report> withChanges(Caller caller, Report report) {
    if (!history.enabled() || !recordable(report)) {
      return CompletableFuture.completedFuture(report);
    }
    return history
        .changes(Scopes.of(platform, caller), report)
        .handle(
            (changes, failure) ->
                failure == null && changes.isPresent()
                    ? report.withChanges(changes.get())
                    : report);
  }

  /** A report that learned nothing (no DNS answer at all) is neither recorded nor compared. */
  private static boolean recordable(Report report) {
    return !report.dnsUnreachable();
  }

  /** Sends and counts the answer as done once sent or failed. */
  private void send(Reply reply, int index, Outcome outcome) {
    try {
      reply
          .send(index, outcome)
          .whenComplete(
              (sent, failure) -> {
                if (failure != null) {
                  LOG.warn(
                      "{}: could not deliver an answer, ref {} ({})",
                      platform.id(),
                      ErrorRef.next(),
                      failure.getClass().getSimpleName());
                }
                answering.leave();
              });
    } catch (RuntimeException e) {
      LOG.warn(
          "{}: could not deliver an answer, ref {} ({})",
          platform.id(),
          ErrorRef.next(),
          e.getClass().getSimpleName());
      answering.leave();
    }
  }

  private Admission turnedAway(Caller caller, String domain, Outcome outcome, long began) {
    logAndCount(caller, domain, outcome, Duration.ofNanos(System.nanoTime() - began));
    return new Admission.Answer(outcome);
  }

  /** The command's one INFO line and its metric. */
  private void logAndCount(Caller caller, String domain, Outcome outcome, Duration took) {
    if (!platform.recorded()) {
      return;
    }
    LOG.info(
        "{} /mx user={} domain={} verdict={} ms={} ref={}",
        platform.id(),
        caller.logId(),
        domain,
        outcome.logVerdict(),
        took.toMillis(),
        outcome instanceof Outcome.Failed failed ? failed.ref() : ErrorRef.next());
    String id = platform.id();
    if (outcome instanceof Outcome.Answered answered) {
      events.answered(id, answered.logVerdict(), took);
    } else if (outcome instanceof Outcome.Refused refused) {
      events.refused(id, refused.refusal().rule());
    } else if (outcome instanceof Outcome.Help) {
      events.refused(id, "help");
    } else if (outcome instanceof Outcome.History) {
      events.refused(id, "history");
    } else if (outcome instanceof Outcome.WatchNote) {
      events.refused(id, "watch");
    } else if (outcome instanceof Outcome.NotAllowed) {
      events.refused(id, "not_allowed");
    } else if (outcome instanceof Outcome.Unanswerable unanswerable) {
      events.refused(id, unanswerable.rule());
    } else if (outcome instanceof Outcome.RateLimited) {
      events.rateLimited(id);
    } else if (outcome instanceof Outcome.Busy) {
      events.busy(id);
    } else {
      events.failed(id);
    }
  }

  private static boolean saturated(CompletableFuture<Report> report) {
    if (!report.isCompletedExceptionally()) {
      return false;
    }
    try {
      report.join();
      return false;
    } catch (CompletionException e) {
      return e.getCause() instanceof SharedDiagnoses.Saturated;
    }
  }

  /** {@code start}, completed normally at the latest after {@link SharedDiagnoses#START_WAIT}. */
  private static CompletableFuture<Object> bounded(CompletionStage<?> start) {
    return start
        .handle((value, failure) -> (Object) "")
        .toCompletableFuture()
        .completeOnTimeout("", SharedDiagnoses.START_WAIT.toMillis(), TimeUnit.MILLISECONDS);
  }
}
