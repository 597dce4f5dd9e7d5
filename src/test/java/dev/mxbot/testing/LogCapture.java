package dev.mxbot.testing;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.slf4j.LoggerFactory;

/**
 * Captures every log event of the process at {@code level} while open (the console appender is
 * detached meanwhile, so that a DEBUG run stays out of the build log; mxbot's own logger is set to
 * {@code level} too). Close to restore.
 */
public final class LogCapture implements AutoCloseable {

  private final Logger root = (Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME);
  private final Level before = root.getLevel();

  /**
   * mxbot's own logger: {@code serve} sets it to INFO (ops' log format), and a test that ran serve
   * in this JVM leaves it so; the capture sets it to its level too, or mxbot's DEBUG lines would
   * never reach it.
   */
  private final Logger mxbot = (Logger) LoggerFactory.getLogger("dev.mxbot");

  private final Level mxbotBefore = mxbot.getLevel();
  private final Appender<ILoggingEvent> console = root.getAppender("STDERR");
  private final ListAppender<ILoggingEvent> list = new ListAppender<>();

  public LogCapture(Level level) {
    list.start();
    root.addAppender(list);
    root.detachAppender("STDERR");
    root.setLevel(level);
    mxbot.setLevel(level);
  }

  /** The formatted messages so far. */
  public List<String> messages() {
    synchronized (list) {
      return list.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
    }
  }

  /** The events so far. */
  public List<ILoggingEvent> events() {
    synchronized (list) {
      return List.copyOf(list.list);
    }
  }

  /** Waits up to 60 s for a message containing {@code text} (an event the product logs). */
  public String await(String text) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (System.nanoTime() < deadline) {
      for (String message : messages()) {
        if (message.contains(text)) {
          return message;
        }
      }
      Thread.sleep(20);
    }
    throw new AssertionError("no log message containing \"" + text + "\" in " + messages());
  }

  /** Everything an event could show: message, logger, thread, arguments and stack traces. */
  public List<String> everything() {
    List<ILoggingEvent> events;
    synchronized (list) {
      events = List.copyOf(list.list);
    }
    return events.stream()
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
    mxbot.setLevel(mxbotBefore);
    if (console != null) {
      root.addAppender(console);
    }
  }
}
