package dev.mxbot.ops;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.LogbackServiceProvider;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.ILoggerFactory;
import org.slf4j.IMarkerFactory;
import org.slf4j.Logger;
import org.slf4j.helpers.BasicMDCAdapter;
import org.slf4j.helpers.BasicMarkerFactory;
import org.slf4j.spi.MDCAdapter;
import org.slf4j.spi.SLF4JServiceProvider;

/**
 * Logback, set up only when a line is to be written: the SLF4J provider of a one-shot {@code
 * check}, which usually writes no line at all. Setting Logback up is about a tenth of a cold
 * check's CPU (its classes, {@link LogSetup}, the service look-ups that open the whole jar, the
 * time-zone data of its date format), all on the main thread.
 *
 * <p>The lines are Logback's and the same as with Logback alone: each logger answers "enabled?"
 * with the level {@link LogSetup} would give it ({@code MXBOT_LOG_LEVEL}, by default WARN, and its
 * capped names), and the first line that is enabled sets Logback up as usual ({@link LogSetup},
 * {@link LogGuard}, {@code MXBOT_LOG_FORMAT}) and goes to it, as does every later one. So this
 * cannot be used when the levels may come from elsewhere: {@link #propertiesFor} says when it can,
 * and {@code Main} asks for it (SLF4J's {@code slf4j.provider} property) only then, for {@code
 * check}. The MDC is SLF4J's basic one: mxbot puts nothing there.
 */
public final class DeferredLogging implements SLF4JServiceProvider {

  /** SLF4J's system property naming its provider. */
  static final String PROVIDER = "slf4j.provider";

  /** SLF4J's system property for the level of its own messages. */
  static final String VERBOSITY = "slf4j.internal.verbosity";

  private final Level root = LogSetup.rootLevel(System.getenv());
  private final Map<String, DeferredLogger> loggers = new ConcurrentHashMap<>();
  private final IMarkerFactory markers = new BasicMarkerFactory();
  private final MDCAdapter mdc = new BasicMDCAdapter();
  private volatile ILoggerFactory logback;

  /** Needed by SLF4J, which creates the provider its {@code slf4j.provider} property names. */
  public DeferredLogging() {}

  /**
   * The system properties that have SLF4J use this provider in a JVM with the system properties
   * {@code current}, none when it does not suit that JVM: when it names a provider already, or its
   * levels may come from elsewhere than {@link LogSetup} — a Logback configuration file named, or a
   * class path other than one jar (mxbot's, which holds no {@code logback.xml}) where an operator's
   * file could be found. SLF4J is also told not to say on standard error that it loads it.
   */
  public static Map<String, String> propertiesFor(Properties current) {
    String classPath = current.getProperty("java.class.path");
    String separator = current.getProperty("path.separator", ":");
    boolean suits =
        current.getProperty(PROVIDER) == null
            && current.getProperty("logback.configurationFile") == null
            && classPath != null
            && !classPath.contains(separator)
            && classPath.endsWith(".jar");
    if (!suits) {
      return Map.of();
    }
    Map<String, String> properties = new LinkedHashMap<>();
    properties.put(PROVIDER, DeferredLogging.class.getName());
    if (current.getProperty(VERBOSITY) == null) {
      properties.put(VERBOSITY, "WARN");
    }
    return properties;
  }

  private final ILoggerFactory factory =
      name ->
          loggers.computeIfAbsent(
              name, n -> new DeferredLogger(n, LogSetup.levelOf(n, root), this::logback));

  @Override
  public ILoggerFactory getLoggerFactory() {
    return factory;
  }

  /** Logback's logger {@code name}, Logback being set up on the first call. */
  private Logger logback(String name) {
    ILoggerFactory factory = logback;
    if (factory == null) {
      synchronized (this) {
        factory = logback;
        if (factory == null) {
          LogbackServiceProvider provider = new LogbackServiceProvider();
          provider.initialize();
          factory = provider.getLoggerFactory();
          logback = factory;
        }
      }
    }
    return factory.getLogger(name);
  }

  @Override
  public IMarkerFactory getMarkerFactory() {
    return markers;
  }

  @Override
  public MDCAdapter getMDCAdapter() {
    return mdc;
  }

  @Override
  public String getRequestedApiVersion() {
    return "2.0.99";
  }

  @Override
  public void initialize() {
    // nothing until a line is to be written
  }
}
