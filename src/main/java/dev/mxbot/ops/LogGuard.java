package dev.mxbot.ops;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.EventArgUtil;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import java.util.Map;
import org.slf4j.Marker;
import org.slf4j.helpers.MessageFormatter;

/**
 * What may reach a log line, whatever the levels say: a Logback {@link TurboFilter}, so it holds
 * for every appender, an operator's too, and for {@code MXBOT_LOG_LEVEL=DEBUG} or {@code TRACE}.
 *
 * <ul>
 *   <li><b>Caps.</b> The libraries in {@link #CAPS} print secrets or raw payloads below a level;
 *       their events below it are dropped: Jetty's DEBUG (request headers, {@code
 *       X-Slack-Signature} among them, and body bytes), the Slack SDK's DEBUG (every {@code
 *       response_url} and body, Socket Mode envelopes), Bolt's request parser's WARN (the raw body
 *       of a request it does not recognise), JDA's DEBUG and TRACE (gateway payloads, REST paths
 *       holding interaction tokens), Java-WebSocket's DEBUG and TRACE (frames), OkHttp's (it logs
 *       through {@code java.util.logging}; this holds when that is bridged to SLF4J).
 *   <li><b>Masks.</b> An event that still shows a secret ({@link SecretShapes}: a value {@link
 *       #hide(String) handed over}, or a known shape) in its message, its arguments or a failure's
 *       messages is dropped and logged again, at the same level and by the same logger, with the
 *       secret replaced (the failure by a {@link RedactedThrowable} copy).
 * </ul>
 *
 * The MDC and key-value pairs are not read: mxbot puts nothing there.
 */
public final class LogGuard extends TurboFilter {

  /** The lowest level each library may log at (the longest matching name wins). */
  static final Map<String, Level> CAPS =
      Map.of(
          "org.eclipse.jetty", Level.INFO,
          "com.slack.api", Level.INFO,
          "com.slack.api.bolt.util.SlackRequestParser", Level.ERROR,
          "net.dv8tion", Level.INFO,
          "okhttp3", Level.INFO,
          "org.java_websocket", Level.INFO);

  private static final String FQCN = Logger.class.getName();
  private static final ThreadLocal<Boolean> REPEATING = ThreadLocal.withInitial(() -> false);

  /** Needed by Logback (a {@code <turboFilter class="dev.mxbot.ops.LogGuard"/>} works too). */
  public LogGuard() {
    setName("mxbot-log-guard");
  }

  /** Adds a started guard to {@code context}, unless it has one. */
  public static void install(LoggerContext context) {
    if (context.getTurboFilterList().stream().anyMatch(LogGuard.class::isInstance)) {
      return;
    }
    LogGuard guard = new LogGuard();
    guard.setContext(context);
    guard.start();
    context.addTurboFilter(guard);
  }

  /** Masks {@code secret} in every later log event (values under 8 characters are ignored). */
  public static void hide(String secret) {
    SecretShapes.hide(secret);
  }

  @Override
  public FilterReply decide(
      Marker marker, Logger logger, Level level, String format, Object[] params, Throwable t) {
    if (level == null || logger == null) {
      return FilterReply.NEUTRAL;
    }
    Level cap = cap(logger.getName());
    if (cap != null && !level.isGreaterOrEqual(cap)) {
      return FilterReply.DENY;
    }
    if (format == null || REPEATING.get() || !level.isGreaterOrEqual(logger.getEffectiveLevel())) {
      return FilterReply.NEUTRAL;
    }
    return maskIfNeeded(marker, logger, level, format, params, t);
  }

  /** The cap of the logger {@code name}: that of the longest library name it falls under. */
  static Level cap(String name) {
    String best = null;
    for (String library : CAPS.keySet()) {
      boolean under =
          name.startsWith(library)
              && (name.length() == library.length() || name.charAt(library.length()) == '.');
      if (under && (best == null || library.length() > best.length())) {
        best = library;
      }
    }
    return best == null ? null : CAPS.get(best);
  }

  /** Logs the event again, masked, and drops the original, when it shows a secret. */
  private static FilterReply maskIfNeeded(
      Marker marker, Logger logger, Level level, String format, Object[] params, Throwable t) {
    Throwable thrown = t;
    Object[] args = params;
    if (thrown == null) { // as Logback reads it: a trailing Throwable argument is the failure
      thrown = EventArgUtil.extractThrowable(params);
      args = thrown == null ? params : EventArgUtil.trimmedCopy(params);
    }
    String message = args == null ? format : MessageFormatter.basicArrayFormat(format, args);
    String masked = SecretShapes.mask(message);
    Throwable failure = RedactedThrowable.of(thrown);
    if (masked.equals(message) && failure == thrown) {
      return FilterReply.NEUTRAL;
    }
    REPEATING.set(true);
    try {
      logger.log(marker, FQCN, Level.toLocationAwareLoggerInteger(level), masked, null, failure);
    } finally {
      REPEATING.set(false);
    }
    return FilterReply.DENY;
  }
}
