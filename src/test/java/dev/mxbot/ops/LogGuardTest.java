package dev.mxbot.ops;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import dev.mxbot.config.OpsSettings;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** What the log guard lets through: third-party debug capped, secrets masked wherever they hide. */
@DisplayName("log guard")
class LogGuardTest {

  private final LoggerContext context = new LoggerContext();
  private final ListAppender<ILoggingEvent> events = new ListAppender<>();

  /** A guarded context whose root logs everything at {@code DEBUG} into {@link #events}. */
  private LoggerContext guarded() {
    LogGuard.install(context);
    Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
    root.setLevel(Level.TRACE);
    events.setContext(context);
    events.start();
    root.addAppender(events);
    return context;
  }

  private List<String> texts() {
    return events.list.stream()
        .map(
            e ->
                e.getLevel()
                    + " "
                    + e.getLoggerName()
                    + " "
                    + e.getFormattedMessage()
                    + (e.getThrowableProxy() == null
                        ? ""
                        : " " + ThrowableProxyUtil.asString(e.getThrowableProxy())))
        .toList();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "org.eclipse.jetty.server.internal.HttpConnection",
        "com.slack.api.util.http.listener.DetailedLoggingListener",
        "com.slack.api.bolt.App",
        "net.dv8tion.jda.internal.requests.Requester",
        "okhttp3.OkHttpClient",
        "org.java_websocket.WebSocketImpl"
      })
  @DisplayName("a library that prints headers or payloads below INFO logs nothing below INFO")
  void thirdPartyCapped(String name) {
    guarded().getLogger(name).setLevel(Level.TRACE); // even when a file asks for more

    Logger library = context.getLogger(name);
    library.trace("frame {}", "payload");
    library.debug("X-Slack-Signature: {}", "v0=00");
    library.info("Started");

    assertThat(library.isDebugEnabled()).isFalse();
    assertThat(texts()).containsExactly("INFO " + name + " Started");
  }

  @Test
  @DisplayName("mxbot's own loggers and dnsjava still log at DEBUG when asked")
  void ownDebugKept() {
    guarded();
    context.getLogger("dev.mxbot.chat.slack.SlackHttpHandler").debug("slack http: answered 401");
    context.getLogger("org.xbill.DNS.SimpleResolver").debug("sending query");

    assertThat(texts())
        .containsExactly(
            "DEBUG dev.mxbot.chat.slack.SlackHttpHandler slack http: answered 401",
            "DEBUG org.xbill.DNS.SimpleResolver sending query");
  }

  @Test
  @DisplayName("Bolt's 'No request pattern detected for <raw body>' warning is dropped")
  void boltParserWarningDropped() {
    guarded();
    Logger parser = context.getLogger("com.slack.api.bolt.util.SlackRequestParser");
    parser.warn("No request pattern detected for {}", "hello=world&user_name=roadrunner");
    parser.error("broken");

    assertThat(texts()).containsExactly("ERROR com.slack.api.bolt.util.SlackRequestParser broken");
  }

  // The tokens of the shape rows are none that a fixture hands to LogGuard.hide (which is
  // JVM-wide): a hidden value shows as [secret], whichever test class ran first.
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Authorization: Bearer xoxb-1234567890-0987654321-AbCdEfGhIjKlMnOpQrStUvWx"
            + "|Authorization: Bearer [secret]",
        "token xoxb-2468013579-1357924680-ZyXwVuTsRqPoNmLkJiHgFeDc refused|token [slack token]"
            + " refused",
        "app token xapp-1-A9876543210-9876543210987-9f8e7d6c5b4a|app token [slack token]",
        "X-Slack-Signature: v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503"
            + "|X-Slack-Signature: v0=[signature]",
        "posting to https://hooks.slack.com/commands/T1DC2JH3J/1234567890/AbCdEf (503)"
            + "|posting to https://hooks.slack.com/[secret] (503)",
        "body response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1%2F22%2FSeCrEt&text=x"
            + "|body response_url=[secret]&text=x",
        "PATCH /api/v10/webhooks/1000/aW50ZXJhY3Rpb246MTIz-ab_CD/messages/@original"
            + "|PATCH /api/v10/webhooks/1000/[secret]/messages/@original",
        "POST /api/v10/interactions/1234567890/aW50ZXJhY3Rpb24-tok.en/callback"
            + "|POST /api/v10/interactions/1234567890/[secret]/callback",
        "token MTIzNDU2Nzg5MDEyMzQ1Njc4OTA.GhIjKl.AbCdEfGhIjKlMnOpQrStUvWxYz0123456 used"
            + "|token [token] used",
        "{\"token\":\"legacy-verification-token\",\"team_id\":\"T1\"}"
            + "|{\"token\":\"[secret]\",\"team_id\":\"T1\"}",
        "store password=hunter2hunter2 rejected|store password=[secret] rejected"
      })
  @DisplayName("a secret's shape in a message is masked; the line keeps its level and logger")
  void shapesMasked(String logged, String shown) {
    guarded().getLogger("com.example.Lib").warn("seen: {}", logged);

    assertThat(texts()).containsExactly("WARN com.example.Lib seen: " + shown);
  }

  @Test
  @DisplayName("a value handed over at start is masked wherever it appears, even without a shape")
  void hiddenValueMasked() {
    String secret = "8f742231b10e8888abcd99yyyzzz85a5-log-guard-test";
    LogGuard.hide(secret);
    LogGuard.hide("short"); // too short to hide: it would mask ordinary words

    guarded().getLogger("dev.mxbot.Any").error("secret was {} (short)", secret);

    assertThat(texts()).containsExactly("ERROR dev.mxbot.Any secret was [secret] (short)");
  }

  @Test
  @DisplayName("a failure whose message or cause shows a secret is logged masked, stack kept")
  void failureMasked() {
    IOException cause = new IOException("POST https://hooks.slack.com/actions/T1/22/SeCrEt failed");
    IllegalStateException failure = new IllegalStateException("answer lost", cause);

    guarded().getLogger("dev.mxbot.Any").error("slack /mx failed, ref {}", "R8728G", failure);

    assertThat(events.list).hasSize(1);
    String text = texts().get(0);
    assertThat(text)
        .startsWith("ERROR dev.mxbot.Any slack /mx failed, ref R8728G")
        .contains("java.lang.IllegalStateException: answer lost")
        .contains("java.io.IOException: POST https://hooks.slack.com/[secret] failed")
        .contains("at dev.mxbot.ops.LogGuardTest.failureMasked")
        .doesNotContain("SeCrEt");
  }

  @Test
  @DisplayName("an ordinary line is logged as it was, arguments and all")
  void ordinaryLineUntouched() {
    guarded()
        .getLogger("dev.mxbot.chat.slack.SlackAnswers")
        .info("slack /mx user={} domain={} verdict={}", "76e1f892", "mx-2016.it", "warning");

    assertThat(events.list).hasSize(1);
    assertThat(events.list.get(0).getArgumentArray())
        .containsExactly("76e1f892", "mx-2016.it", "warning");
  }

  @Test
  @DisplayName(
      "mxbot's set-up installs the guard even at MXBOT_LOG_LEVEL=DEBUG; serve installs it over an"
          + " operator's file; never twice")
  void installed() {
    LoggerContext shipped = new LoggerContext();
    LogSetup.apply(shipped, Map.of("MXBOT_LOG_LEVEL", "DEBUG"));
    assertThat(shipped.getLogger("dev.mxbot.cli").isDebugEnabled()).isTrue();
    assertThat(shipped.getLogger("org.eclipse.jetty.http.HttpParser").isDebugEnabled()).isFalse();

    LoggerContext operators = new LoggerContext();
    operators.getLogger(Logger.ROOT_LOGGER_NAME).setLevel(Level.DEBUG);
    new LogFormat().apply(operators, new OpsSettings(0, "127.0.0.1", "text"), Map.of());
    new LogFormat().apply(operators, new OpsSettings(0, "127.0.0.1", "text"), Map.of());
    assertThat(operators.getLogger("com.slack.api.bolt.App").isDebugEnabled()).isFalse();
    assertThat(operators.getTurboFilterList()).hasSize(1);
  }
}
