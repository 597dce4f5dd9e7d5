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
 * line per command) unless {@code MXBOT_LOG_LEVEL} says otherwise. The chat SDKs' loggers are
 * capped at INFO unless a configuration file sets their level: at DEBUG they print raw payloads
 * (Socket Mode envelopes with their verification token and {@code response_url}). Nothing changes
 * when Logback is not the SLF4J binding.
 */
public final class LogFormat {

  static final String JSON_APPENDER = LogAppenders.JSON;

  /** Loggers that print raw payloads below INFO. */
  private static final List<String> PAYLOAD_LOGGERS =
      List.of("com.slack.api", "net.dv8tion.jda", "okhttp3");

  /** Applies {@code settings} to the running Logback, given the process environment. */
  public void apply(OpsSettings settings, Map<String, String> environment) {
    if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
      return;
    }
    if (!environment.containsKey("MXBOT_LOG_LEVEL")) {
      context.getLogger("dev.mxbot").setLevel(Level.INFO);
    }
    for (String name : PAYLOAD_LOGGERS) {
      Logger logger = context.getLogger(name);
      if (logger.getLevel() == null) {
        logger.setLevel(Level.INFO);
      }
    }
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
