package dev.mxbot.chat;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.mxbot.core.Area;
import dev.mxbot.core.Check;
import dev.mxbot.core.CheckContext;
import dev.mxbot.core.Diagnosis;
import dev.mxbot.core.InputPolicy;
import dev.mxbot.i18n.Messages;
import dev.mxbot.publicsuffix.GuavaPublicSuffixes;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * The one path of every command, told as the support floor lives it: an outage makes hundreds of
 * agents ask about the same domain at once, a worker is stuck, something breaks inside.
 */
@DisplayName("the request pipeline")
class RequestPipelineTest {

  /** The MX check of these tests: it waits for {@link #release} (a slow nameserver). */
  private final CompletableFuture<Void> release = new CompletableFuture<>();

  private final AtomicInteger diagnoses = new AtomicInteger();
  private final Check slowMx =
      new Check() {
        @Override
        public Area area() {
          return Area.MX;
        }

        @Override
        public CompletionStage<?> run(CheckContext context) {
          diagnoses.incrementAndGet();
          return release;
        }
      };

  private CommandExecutor executor = new CommandExecutor(1, 1);
  private Pipelines pipelines;

  @AfterEach
  void stop() {
    release.complete(null);
    if (pipelines != null) {
      pipelines.close();
    }
    executor.close();
  }

  private RequestPipeline pipeline(Set<Check> checks, int checksPerMinute) {
    Clock clock = Clock.systemUTC();
    SharedDiagnoses shared =
        new SharedDiagnoses(
            new Diagnosis(checks, clock, Duration.ofSeconds(30)),
            executor,
            clock,
            Duration.ofSeconds(30));
    pipelines =
        new Pipelines(
            new InputPolicy(
                InputPolicy.DEFAULT_DENIED_SUFFIXES, new GuavaPublicSuffixes(), Messages.LANGUAGES),
            new RateLimiter(checksPerMinute, clock),
            shared,
            CommandEvents.NONE);
    return pipelines.create(Platform.chat("slack", AccessPolicy.OPEN));
  }

  private static ParsedRequest request(String text) {
    return MxRequest.parse(text, Set.copyOf(Messages.LANGUAGES));
  }

  private static final CompletableFuture<Object> ACKED = CompletableFuture.completedFuture("");

  @Test
  @DisplayName(
      "500 agents asking about the same domain during an outage: one diagnosis, everyone answered,"
          + " nobody told 'busy' (one worker, one queue slot)")
  void identicalBurstJoins() throws Exception {
    RequestPipeline pipeline = pipeline(Set.of(slowMx), 10);
    Map<String, Outcome> answers = new ConcurrentHashMap<>();
    List<Admission> admissions = new CopyOnWriteArrayList<>();
    for (int agent = 0; agent < 500; agent++) {
      String user = "U" + agent;
      Reply reply =
          outcome -> {
            answers.put(user, outcome);
            return CompletableFuture.completedFuture(null);
          };
      String lang = agent % 2 == 0 ? "lang=it" : "";
      admissions.add(
          pipeline.admit(
              Caller.slack("T1", "C1", user),
              request("caffe-outage.it " + lang),
              "en",
              Optional.of(reply),
              ACKED));
    }
    assertThat(admissions).allMatch(a -> a instanceof Admission.Accepted);

    Admission newWork =
        pipeline.admit(
            Caller.slack("T1", "C1", "U-other"),
            request("another-domain.it"),
            "en",
            Optional.of(o -> CompletableFuture.completedFuture(null)),
            ACKED);
    Admission moreNewWork =
        pipeline.admit(
            Caller.slack("T1", "C1", "U-third"),
            request("third-domain.it"),
            "en",
            Optional.of(o -> CompletableFuture.completedFuture(null)),
            ACKED);
    release.complete(null);

    assertThat(pipeline.awaitAnswered(Duration.ofSeconds(60))).isTrue();
    assertThat(answers).hasSize(500);
    assertThat(answers.values()).allMatch(o -> o instanceof Outcome.Answered);
    assertThat(answers.get("U0").lang()).isEqualTo("it");
    assertThat(answers.get("U1").lang()).isEqualTo("en");
    assertThat(newWork).as("new work queued").isInstanceOf(Admission.Accepted.class);
    assertThat(moreNewWork)
        .as("new work beyond capacity")
        .isEqualTo(new Admission.Answer(new Outcome.Busy("en", RequestPipeline.BUSY_SECONDS)));
    assertThat(diagnoses.get()).as("diagnoses run").isEqualTo(2);
  }

  @Test
  @DisplayName("the report a joined agent gets costs them no DNS questions")
  void joinedReportsCostNothing() {
    RequestPipeline pipeline = pipeline(Set.of(slowMx), 10);
    release.complete(null);
    Outcome first = pipeline.answer(Caller.slack("T1", "C1", "U1"), "caffe.it", "en").get(0);
    Outcome second = pipeline.answer(Caller.slack("T1", "C1", "U2"), "caffe.it", "en").get(0);

    assertThat(((Outcome.Answered) second).report().questions()).isZero();
    assertThat(((Outcome.Answered) first).report().domain())
        .isEqualTo(((Outcome.Answered) second).report().domain());
  }

  @Test
  @DisplayName(
      "an unexpected failure answers 'something went wrong (ref X)' once and logs the stack under"
          + " the same ref")
  void unexpectedFailure() {
    Check broken =
        new Check() {
          @Override
          public Area area() {
            return Area.MX;
          }

          @Override
          public CompletionStage<?> run(CheckContext context) {
            throw new AssertionError("boom");
          }
        };
    RequestPipeline pipeline = pipeline(Set.of(broken), 10);
    Logger logger = (Logger) LoggerFactory.getLogger(RequestPipeline.class);
    ListAppender<ILoggingEvent> logs = new ListAppender<>();
    logs.start();
    logger.addAppender(logs);
    ch.qos.logback.classic.Level level = logger.getLevel();
    logger.setLevel(ch.qos.logback.classic.Level.INFO);
    logger.setAdditive(false); // the expected stack trace stays out of the build log
    List<Outcome> sent = new CopyOnWriteArrayList<>();
    try {
      pipeline.admit(
          Caller.discord("G1", "C1", "42", List.of()),
          request("example.com"),
          "en",
          Optional.of(
              outcome -> {
                sent.add(outcome);
                return CompletableFuture.completedFuture(null);
              }),
          ACKED);
      assertThat(pipeline.awaitAnswered(Duration.ofSeconds(30))).isTrue();
    } finally {
      logger.detachAppender(logs);
      logger.setLevel(level);
      logger.setAdditive(true);
    }

    assertThat(sent).hasSize(1);
    Outcome.Failed failed = (Outcome.Failed) sent.get(0);
    assertThat(failed.ref()).matches("[0-9A-Z]{6}");
    assertThat(logs.list)
        .anySatisfy(
            event -> {
              assertThat(event.getFormattedMessage()).contains("ref=" + failed.ref());
              assertThat(event.getThrowableProxy().getMessage()).isEqualTo("boom");
            });
    assertThat(logs.list)
        .anySatisfy(
            event ->
                assertThat(event.getFormattedMessage())
                    .startsWith("slack /mx user=")
                    .contains("verdict=failed", "ref=" + failed.ref()));
  }

  @Test
  @DisplayName(
      "turned away before any query, in this order: not allowed here, bad input, no way to answer,"
          + " over the rate limit")
  void turnedAway() {
    release.complete(null);
    RequestPipeline open = pipeline(Set.of(slowMx), 1);
    RequestPipeline closed =
        pipelines.create(
            Platform.chat("discord", new AccessPolicy(Set.of("G1"), Set.of(), Set.of(), true)));
    Optional<Reply> reply = Optional.of(o -> CompletableFuture.completedFuture(null));
    Caller dm = Caller.discord("", "C1", "42", List.of());

    assertThat(closed.admit(dm, request("caffe.it"), "en", reply, ACKED))
        .isEqualTo(new Admission.Answer(new Outcome.NotAllowed("en")));
    assertThat(outcome(open.admit(Caller.slack("T", "C", "U"), request(""), "en", reply, ACKED)))
        .isInstanceOf(Outcome.Refused.class);
    assertThat(
            open.admit(
                Caller.slack("T", "C", "U"), request("caffe.it"), "en", Optional.empty(), ACKED))
        .isEqualTo(new Admission.Answer(new Outcome.Unanswerable("en", "no_response_url")));
    assertThat(open.admit(Caller.slack("T", "C", "U"), request("caffe.it"), "en", reply, ACKED))
        .isInstanceOf(Admission.Accepted.class);
    assertThat(
            outcome(
                open.admit(Caller.slack("T", "C", "U"), request("caffe.it"), "en", reply, ACKED)))
        .isInstanceOf(Outcome.RateLimited.class);
    assertThat(open.awaitAnswered(Duration.ofSeconds(30))).isTrue();
  }

  @Test
  @DisplayName("the answer waits for the platform's acknowledgement, even when the report is ready")
  void answerAfterAck() throws Exception {
    release.complete(null);
    RequestPipeline pipeline = pipeline(Set.of(slowMx), 10);
    pipeline
        .answer(Caller.slack("T1", "C1", "U1"), "caffe.it", "en")
        .get(0); // now reused from cache
    CompletableFuture<Object> ack = new CompletableFuture<>();
    CompletableFuture<Outcome> sent = new CompletableFuture<>();
    pipeline.admit(
        Caller.slack("T1", "C1", "U2"),
        request("caffe.it"),
        "en",
        Optional.of(
            outcome -> {
              sent.complete(outcome);
              return CompletableFuture.completedFuture(null);
            }),
        ack);

    assertThat(pipeline.awaitAnswered(Duration.ofMillis(200))).isFalse();
    assertThat(sent).isNotDone();
    ack.complete("written");
    assertThat(pipeline.awaitAnswered(Duration.ofSeconds(30))).isTrue();
    assertThat(sent.get()).isInstanceOf(Outcome.Answered.class);
  }

  private static Outcome outcome(Admission admission) {
    return ((Admission.Answer) admission).outcome();
  }
}
