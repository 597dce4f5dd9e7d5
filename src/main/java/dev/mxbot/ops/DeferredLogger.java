package dev.mxbot.ops;

import ch.qos.logback.classic.Level;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.Marker;
import org.slf4j.helpers.LegacyAbstractLogger;

/**
 * A logger of {@link DeferredLogging}: it knows its level without Logback, and hands each enabled
 * line to Logback's logger of the same name, which it asks for (setting Logback up) on the first.
 */
final class DeferredLogger extends LegacyAbstractLogger {

  private static final long serialVersionUID = 1L;

  private final transient Level level;
  private final transient Function<String, Logger> logback;
  private transient volatile Logger target;

  DeferredLogger(String name, Level level, Function<String, Logger> logback) {
    this.name = name;
    this.level = level;
    this.logback = logback;
  }

  private boolean enabled(Level asked) {
    return asked.isGreaterOrEqual(level);
  }

  @Override
  public boolean isTraceEnabled() {
    return enabled(Level.TRACE);
  }

  @Override
  public boolean isDebugEnabled() {
    return enabled(Level.DEBUG);
  }

  @Override
  public boolean isInfoEnabled() {
    return enabled(Level.INFO);
  }

  @Override
  public boolean isWarnEnabled() {
    return enabled(Level.WARN);
  }

  @Override
  public boolean isErrorEnabled() {
    return enabled(Level.ERROR);
  }

  @Override
  protected String getFullyQualifiedCallerName() {
    return null;
  }

  @Override
  protected void handleNormalizedLoggingCall(
      org.slf4j.event.Level asked,
      Marker marker,
      String message,
      Object[] arguments,
      Throwable failure) {
    Logger to = target;
    if (to == null) {
      to = logback.apply(name);
      target = to;
    }
    Object[] all = withFailure(arguments, failure);
    switch (asked) {
      case ERROR -> to.error(marker, message, all);
      case WARN -> to.warn(marker, message, all);
      case INFO -> to.info(marker, message, all);
      case DEBUG -> to.debug(marker, message, all);
      case TRACE -> to.trace(marker, message, all);
    }
  }

  /** The arguments, the failure last (where Logback looks for it), as SLF4J's API passes them. */
  private static Object[] withFailure(Object[] arguments, Throwable failure) {
    Object[] given = arguments == null ? new Object[0] : arguments;
    if (failure == null) {
      return given;
    }
    Object[] all = java.util.Arrays.copyOf(given, given.length + 1);
    all[given.length] = failure;
    return all;
  }
}
