package dev.mxbot.ops;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ConfiguratorRank;
import ch.qos.logback.core.spi.ContextAwareBase;
import java.util.Locale;
import java.util.Map;

/**
 * mxbot's logging set-up, in code: Logback finds it through {@code META-INF/services} before it
 * looks for an XML file, so a {@code check} does not load Logback's XML configurator and the JDK's
 * XML parser (about 550 classes, a tenth of its start-up). Lines go to standard error (standard
 * output carries {@code check}'s report), as text or, with {@code MXBOT_LOG_FORMAT=json}, one JSON
 * object per line; the root level is {@code MXBOT_LOG_LEVEL} (default WARN); dnsjava logs at WARN.
 * Logback prints nothing about itself.
 *
 * <p><b>What is never logged</b>, at any level: a token ({@code SLACK_BOT_TOKEN}, {@code
 * SLACK_APP_TOKEN}, {@code DISCORD_TOKEN}), the signing secret or any other secret, a request
 * signature ({@code X-Slack-Signature}), a raw Slack payload, a {@code response_url}, a Discord
 * interaction token or webhook URL. mxbot's own lines never hold them; third-party libraries are
 * held by {@link LogGuard}, installed here: Jetty, the Slack SDK, JDA and Java-WebSocket log at
 * INFO at most even with {@code MXBOT_LOG_LEVEL=DEBUG} (below it they print headers, bodies and
 * payloads), Bolt's request parser at ERROR (its WARN prints the raw body), and any line that still
 * shows a secret's value or shape is logged masked. {@code serve} installs the guard too, so it
 * holds with an operator's file.
 *
 * <p>An operator's own file still wins for the rest: with {@code -Dlogback.configurationFile=…}, or
 * a {@code logback.xml} / {@code logback-test.xml} on the class path, this steps aside and Logback
 * reads the file as usual.
 */
@ConfiguratorRank(ConfiguratorRank.CUSTOM_HIGH_PRIORITY)
public final class LogSetup extends ContextAwareBase implements Configurator {

  /** Logback's system property naming a configuration file. */
  static final String CONFIGURATION_FILE_PROPERTY = "logback.configurationFile";

  /** dnsjava's DEBUG is noise, not secrets: a level, which an operator's file may change. */
  private static final Map<String, Level> CAPPED = Map.of("org.xbill.DNS", Level.WARN);

  /** Needed by the service loader. */
  public LogSetup() {}

  @Override
  public ExecutionStatus configure(LoggerContext context) {
    if (fileGiven(
        System.getProperty(CONFIGURATION_FILE_PROPERTY), LogSetup.class.getClassLoader())) {
      return ExecutionStatus.INVOKE_NEXT_IF_ANY;
    }
    apply(context, System.getenv());
    return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
  }

  /** The root level {@code environment} asks for: {@code MXBOT_LOG_LEVEL}, by default WARN. */
  static Level rootLevel(Map<String, String> environment) {
    return Level.toLevel(environment.get("MXBOT_LOG_LEVEL"), Level.WARN);
  }

  /**
   * The level this set-up gives the logger {@code name} under the root level {@code root}: that of
   * the capped name it is, or is under, else the root's.
   */
  static Level levelOf(String name, Level root) {
    for (Map.Entry<String, Level> capped : CAPPED.entrySet()) {
      String prefix = capped.getKey();
      if (name.equals(prefix) || (name.startsWith(prefix) && name.charAt(prefix.length()) == '.')) {
        return capped.getValue();
      }
    }
    return root;
  }

  /** Whether the operator (or the tests) gave Logback a configuration file of their own. */
  static boolean fileGiven(String property, ClassLoader loader) {
    return property != null
        || loader.getResource("logback-test.xml") != null
        || loader.getResource("logback.xml") != null;
  }

  /** Sets up {@code context} as the environment {@code environment} asks. */
  static void apply(LoggerContext context, Map<String, String> environment) {
    Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
    root.setLevel(rootLevel(environment));
    CAPPED.forEach((name, level) -> context.getLogger(name).setLevel(level));
    LogGuard.install(context);
    String format = environment.getOrDefault("MXBOT_LOG_FORMAT", "text");
    boolean json = format.strip().toLowerCase(Locale.ROOT).equals("json");
    root.addAppender(LogAppenders.standardError(context, json));
  }
}
