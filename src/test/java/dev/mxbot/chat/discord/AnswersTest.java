package dev.mxbot.chat.discord;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.mxbot.chat.CommandExecutor;
import dev.mxbot.chat.CommandRouter;
import dev.mxbot.chat.RateLimiter;
import dev.mxbot.chat.SharedDiagnoses;
import dev.mxbot.core.Area;
import dev.mxbot.core.Check;
import dev.mxbot.core.CheckContext;
import dev.mxbot.core.Diagnosis;
import dev.mxbot.core.InputPolicy;
import dev.mxbot.guides.GuideCatalog;
import dev.mxbot.i18n.Messages;
import dev.mxbot.publicsuffix.GuavaPublicSuffixes;
import dev.mxbot.render.DiscordRenderer;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.requests.restaction.WebhookMessageEditAction;
import net.dv8tion.jda.api.utils.messages.MessageEditData;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** When something unexpected breaks, the agent still gets exactly one answer, with a reference. */
@DisplayName("an unexpected failure during /mx in Discord")
class AnswersTest {

  private final BlockingQueue<MessageEditData> sent = new LinkedBlockingQueue<>();

  /** A hand-made hook: records what is edited, every edit succeeds. */
  private InteractionHook hook() {
    WebhookMessageEditAction<?> action =
        (WebhookMessageEditAction<?>)
            Proxy.newProxyInstance(
                getClass().getClassLoader(),
                new Class<?>[] {WebhookMessageEditAction.class},
                (proxy, method, args) ->
                    method.getName().equals("submit")
                        ? CompletableFuture.completedFuture(null)
                        : null);
    return (InteractionHook)
        Proxy.newProxyInstance(
            getClass().getClassLoader(),
            new Class<?>[] {InteractionHook.class},
            (proxy, method, args) -> {
              if (method.getName().equals("editOriginal")
                  && args[0] instanceof MessageEditData data) {
                sent.add(data);
                return action;
              }
              throw new UnsupportedOperationException(method.getName());
            });
  }

  @Test
  @DisplayName("answers 'something went wrong' with a reference that the log shows with the stack")
  void errorWithReference() throws Exception {
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
    CommandRouter router =
        new CommandRouter(
            new SharedDiagnoses(
                new Diagnosis(Set.of(broken), Clock.systemUTC(), Duration.ofSeconds(2)),
                Clock.systemUTC(),
                Duration.ZERO),
            new InputPolicy(
                InputPolicy.DEFAULT_DENIED_SUFFIXES,
                new GuavaPublicSuffixes(),
                Messages.LANGUAGES));
    Replies replies =
        new Replies(
            new DiscordRenderer(GuideCatalog.load(Path.of("bot-config/guides.yaml"), "ovhcloud")));
    InFlight inFlight = new InFlight();
    Logger log = (Logger) LoggerFactory.getLogger(Answers.class);
    ListAppender<ILoggingEvent> captured = new ListAppender<>();
    captured.start();
    log.addAppender(captured);
    log.setAdditive(false); // the expected stack trace stays out of the build log
    try (CommandExecutor executor = new CommandExecutor(1, 1)) {
      new Answers(
              router,
              executor,
              replies,
              inFlight,
              dev.mxbot.chat.CommandEvents.NONE,
              new RateLimiter(1000, Clock.systemUTC()))
          .answer(hook(), new Caller("42", "1", "2", List.of()), "example.com", "en", true);

      MessageEditData answer = sent.poll(5, TimeUnit.SECONDS);
      assertThat(answer.getContent()).startsWith("Something went wrong on our side \\(ref ");
      String ref = answer.getContent().replaceAll("(?s).*\\(ref ([0-9a-f]+)\\\\\\).*", "$1");
      ILoggingEvent logged =
          captured.list.stream()
              .filter(e -> e.getThrowableProxy() != null)
              .findFirst()
              .orElseThrow();
      assertThat(logged.getFormattedMessage()).contains("ref=" + ref);
      assertThat(logged.getThrowableProxy().getMessage()).isEqualTo("boom");
      assertThat(sent.poll(300, TimeUnit.MILLISECONDS)).isNull();
      assertThat(inFlight.close(Duration.ofSeconds(1))).isTrue();
    } finally {
      log.detachAppender(captured);
      log.setAdditive(true);
    }
  }
}
