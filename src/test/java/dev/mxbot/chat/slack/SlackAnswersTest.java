package dev.mxbot.chat.slack;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.mxbot.chat.CommandExecutor;
import dev.mxbot.chat.CommandRouter;
import dev.mxbot.chat.SharedDiagnoses;
import dev.mxbot.core.Diagnosis;
import dev.mxbot.core.InputPolicy;
import dev.mxbot.guides.GuideCatalog;
import dev.mxbot.i18n.Messages;
import dev.mxbot.publicsuffix.GuavaPublicSuffixes;
import dev.mxbot.render.SlackMessage;
import dev.mxbot.render.SlackRenderer;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** When something breaks inside, the agent still gets one answer, with a reference to quote. */
@DisplayName("Slack answers when things go wrong")
class SlackAnswersTest {

  private static final SlackRenderer RENDERER =
      new SlackRenderer(GuideCatalog.load(Path.of("bot-config/guides.yaml"), "ovhcloud"));

  /** A clock that breaks the diagnosis: an unexpected failure, not a DNS outcome. */
  private static final Clock BROKEN =
      new Clock() {
        @Override
        public ZoneId getZone() {
          return ZoneId.of("UTC");
        }

        @Override
        public Clock withZone(ZoneId zone) {
          return this;
        }

        @Override
        public Instant instant() {
          throw new IllegalStateException("clock broke");
        }
      };

  private static SlackAnswers answers(CommandExecutor executor, Clock clock) {
    CommandRouter router =
        new CommandRouter(
            new SharedDiagnoses(
                new Diagnosis(Set.of(), clock, Duration.ofSeconds(1)), clock, Duration.ZERO),
            new InputPolicy(List.of(), new GuavaPublicSuffixes(), Messages.LANGUAGES));
    return new SlackAnswers(
        router,
        executor,
        RENDERER,
        dev.mxbot.chat.CommandEvents.NONE,
        new dev.mxbot.chat.RateLimiter(1000, clock));
  }

  @Test
  @DisplayName(
      "an unexpected failure answers 'something went wrong (ref X)' once and logs the stack under"
          + " the same ref")
  void unexpectedFailure() {
    Logger logger = (Logger) LoggerFactory.getLogger(SlackAnswers.class);
    ListAppender<ILoggingEvent> logs = new ListAppender<>();
    logs.start();
    logger.addAppender(logs);
    List<SlackMessage> sent = new CopyOnWriteArrayList<>();
    try (CommandExecutor executor = new CommandExecutor(1, 1)) {
      answers(executor, BROKEN)
          .run(
              new SlackAnswers.Job(
                  "example.com", "en", "T1", "U1", false, Optional.empty(), (m, c) -> sent.add(m)));
    } finally {
      logger.detachAppender(logs);
    }

    assertThat(sent).hasSize(1);
    Matcher ref = Pattern.compile("\\(ref ([0-9A-Z]{6})\\)").matcher(sent.get(0).text());
    assertThat(ref.find()).as(sent.get(0).text()).isTrue();
    assertThat(logs.list)
        .anySatisfy(
            event -> {
              assertThat(event.getFormattedMessage()).contains(ref.group(1));
              assertThat(event.getThrowableProxy().getMessage()).isEqualTo("clock broke");
            });
  }

  @Test
  @DisplayName("when every worker and queue slot is taken, the command is refused as busy at once")
  void busy() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    try (CommandExecutor executor = new CommandExecutor(1, 1)) {
      executor.trySubmit(() -> await(release));
      executor.trySubmit(() -> await(release));
      SlackAnswers answers = answers(executor, Clock.systemUTC());
      boolean accepted =
          answers.submit(
              new SlackAnswers.Job(
                  "example.com", "en", "T1", "U1", false, Optional.empty(), (m, c) -> {}));

      assertThat(accepted).isFalse();
      assertThat(answers.busy("en").text())
          .isEqualTo("I'm busy with many checks right now: please try again in 10 s.");
      release.countDown();
    }
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
