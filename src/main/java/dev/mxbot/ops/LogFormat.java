package dev.mxbot.ops;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.JsonEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.ConsoleAppender;
import dev.mxbot.config.OpsSettings;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.slf4j.LoggerFactory;

/**
 * How {@code serve} logs. Lines go to standard error, as text by default; JSON lines (Logback's
 * {@link JsonEncoder}) when {@code ops.logFormat: json} or {@code MXBOT_LOG_FORMAT=json} — the
 * variable is read by {@link LogSetup} at start, the key here. mxbot's own loggers log at INFO (one
 * line per command) unless {@code MXBOT_LOG_LEVEL} says otherwise. The {@link LogGuard} is
 * installed even when an operator's configuration file replaced {@link LogSetup}: below INFO the
 * HTTP server and the chat SDKs print headers and raw payloads (Socket Mode envelopes with their
 * verification token and {@code response_url}, request signatures). Nothing changes when Logback is
 * not the SLF4J binding.
 */
public final class LogFormat {

  static final String JSON_APPENDER = LogAppenders.JSON;

  /** Applies {@code settings} to the running Logback, given the process environment. */
  public void apply(OpsSettings settings, Map<String, String> environment) {
    if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context) {
      apply(context, settings, environment);
    }
  }

  /** Applies {@code settings} to {@code context}. */
  void apply(LoggerContext context, OpsSettings settings, Map<String, String> environment) {
    if (!environment.containsKey("MXBOT_LOG_LEVEL")) {
      context.getLogger("dev.mxbot").setLevel(Level.INFO);
    }
    LogGuard.install(context);
    Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
    if (settings.jsonLogs() && root.getAppender(JSON_APPENDER) == null) {
      toJson(context, root);
    }
  }

  private static void toJson(LoggerContext context, Logger root) {
    ConsoleAppender<ILoggingEvent> json = LogAppenders.standardError(context, true);
    List<Appender<ILoggingEvent>> previous = new ArrayList<>();
    for (Iterator<Appender<ILoggingEvent>> it = root.iteratorForAppenders(); it.hasNext(); ) {
      previous.add(it.next());
    }
    root.addAppender(json);
    for (Appender<ILoggingEvent> appender : previous) {
      if (appender instanceof ConsoleAppender<?>) {
        root.detachAppender(appender);
        appender.stop();
      }
    }
  }
}
