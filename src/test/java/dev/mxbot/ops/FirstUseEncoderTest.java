package dev.mxbot.ops;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.core.encoder.Encoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The text log line's encoder, built when a line is first written, never for a silent check. */
@DisplayName("The console's text encoder")
class FirstUseEncoderTest {

  private final LoggerContext context = new LoggerContext();
  private final AtomicInteger built = new AtomicInteger();
  private final List<PatternLayoutEncoder> encoders = new ArrayList<>();

  private Encoder<ILoggingEvent> pattern() {
    built.incrementAndGet();
    PatternLayoutEncoder encoder = new PatternLayoutEncoder();
    encoder.setContext(context);
    encoder.setPattern("%-5level %logger - %msg%n");
    encoder.start();
    synchronized (encoders) {
      encoders.add(encoder);
    }
    return encoder;
  }

  private LoggingEvent event(String message) {
    return new LoggingEvent(
        "test", context.getLogger("dev.mxbot.dns.DnsjavaDns"), Level.WARN, message, null, null);
  }

  @Test
  @DisplayName("is not built by a run that logs nothing, and writes no header or footer")
  void notBuiltWithoutALine() {
    FirstUseEncoder encoder = new FirstUseEncoder(this::pattern);
    encoder.setContext(context);
    encoder.start();

    assertThat(encoder.headerBytes()).isNull();
    assertThat(encoder.footerBytes()).isNull();
    encoder.stop();

    assertThat(built).hasValue(0);
  }

  @Test
  @DisplayName("writes the pattern's line, built once however many threads log at once")
  void builtOnceAndSameLine() throws InterruptedException {
    FirstUseEncoder encoder = new FirstUseEncoder(this::pattern);
    encoder.setContext(context);
    encoder.start();
    CountDownLatch go = new CountDownLatch(1);
    List<Thread> threads = new ArrayList<>();
    List<String> lines = java.util.Collections.synchronizedList(new ArrayList<>());
    for (int i = 0; i < 8; i++) {
      Thread thread =
          new Thread(
              () -> {
                try {
                  go.await();
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                }
                lines.add(
                    new String(encoder.encode(event("resolver slow")), StandardCharsets.UTF_8));
              });
      thread.start();
      threads.add(thread);
    }
    go.countDown();
    for (Thread thread : threads) {
      thread.join();
    }

    assertThat(built).hasValue(1);
    assertThat(lines)
        .hasSize(8)
        .allMatch(l -> l.equals("WARN  dev.mxbot.dns.DnsjavaDns - resolver slow\n"));
    encoder.stop();
    assertThat(encoders.get(0).isStarted()).isFalse();
  }
}
