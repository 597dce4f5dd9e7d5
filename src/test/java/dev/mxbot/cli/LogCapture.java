package dev.mxbot.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import org.slf4j.LoggerFactory;

/**
 * Captures every log event of the process at {@code level} while open (the console appender is
 * detached meanwhile, so that a DEBUG run stays out of the build log). Close to restore.
 */
final class LogCapture implements AutoCloseable {

  private final Logger root = (Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME);
  private final Level before = root.getLevel();
  private final Appender<ILoggingEvent> console = root.getAppender("STDERR");
  private final ListAppender<ILoggingEvent> list = new ListAppender<>();

  LogCapture(Level level) {
    list.start();
    root.addAppender(list);
    root.detachAppender("STDERR");
    root.setLevel(level);
  }

  /** The formatted messages so far. */
  List<String> messages() {
    return list.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
  }

  /** Everything an event could show: message, logger, thread, arguments and stack traces. */
  List<String> everything() {
    return list.list.stream()
        .map(
            e ->
                e.getFormattedMessage()
                    + " "
                    + e.getLoggerName()
                    + " "
                    + e.getThreadName()
                    + " "
                    + e.getMDCPropertyMap()
                    + " "
                    + (e.getKeyValuePairs() == null ? "" : e.getKeyValuePairs())
                    + (e.getThrowableProxy() == null
                        ? ""
                        : ThrowableProxyUtil.asString(e.getThrowableProxy())))
        .toList();
  }

  @Override
  public void close() {
    root.detachAppender(list);
    root.setLevel(before);
    if (console != null) {
      root.addAppender(console);
    }
  }
}
