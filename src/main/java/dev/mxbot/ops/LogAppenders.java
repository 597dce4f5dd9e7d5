package dev.mxbot.ops;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.JsonEncoder;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.encoder.Encoder;

/** The console appenders mxbot logs through: standard error, text or JSON lines. */
final class LogAppenders {

  /** The appender's name when it writes text. */
  static final String TEXT = "text";

  /** The appender's name when it writes JSON lines. */
  static final String JSON = "json";

  /** One line per event: time, level, shortened logger name, message (and stack trace). */
  static final String TEXT_PATTERN = "%d{HH:mm:ss.SSS} %-5level %logger{20} - %msg%n";

  private LogAppenders() {}

  /** A started console appender on standard error, named {@link #JSON} or {@link #TEXT}. */
  static ConsoleAppender<ILoggingEvent> standardError(LoggerContext context, boolean json) {
    Encoder<ILoggingEvent> encoder = json ? jsonEncoder(context) : textEncoder(context);
    ConsoleAppender<ILoggingEvent> appender = new ConsoleAppender<>();
    appender.setName(json ? JSON : TEXT);
    appender.setContext(context);
    appender.setTarget("System.err");
    appender.setEncoder(encoder);
    appender.start();
    return appender;
  }

  private static Encoder<ILoggingEvent> jsonEncoder(LoggerContext context) {
    JsonEncoder encoder = new JsonEncoder();
    encoder.setContext(context);
    encoder.setWithFormattedMessage(true);
    encoder.start();
    return encoder;
  }

  /** The pattern encoder, parsed when the first line is written ({@link FirstUseEncoder}). */
  private static Encoder<ILoggingEvent> textEncoder(LoggerContext context) {
    FirstUseEncoder encoder =
        new FirstUseEncoder(
            () -> {
              PatternLayoutEncoder pattern = new PatternLayoutEncoder();
              pattern.setContext(context);
              pattern.setPattern(TEXT_PATTERN);
              pattern.start();
              return pattern;
            });
    encoder.setContext(context);
    encoder.start();
    return encoder;
  }
}
