package dev.mxbot.dns;

/**
 * The JVM-wide dnsjava settings mxbot needs, applied once by the entry point before anything
 * touches dnsjava. They are system properties because dnsjava reads them in static initialisers:
 * set later, they are silently ignored.
 */
public final class DnsjavaProperties {

  /** How often, in ms, dnsjava's I/O thread wakes up to expire questions. */
  static final String SELECTOR_TIMEOUT = "dnsjava.nio.selector_timeout";

  /** Ours: a 20 ms granularity for the 2 s per-query timeout and the report's deadline. */
  static final String SELECTOR_TIMEOUT_MS = "20";

  private DnsjavaProperties() {}

  /**
   * Sets the selector timeout unless it was set on the command line ({@code
   * -Ddnsjava.nio.selector_timeout=...} wins). dnsjava checks its asynchronous timeouts once per
   * selector wake-up, by default every 1000 ms, whatever timeout was asked (dnsjava issue #273); it
   * reads the property when its selector thread starts, i.e. before the first question. The tests
   * set the same value through surefire's {@code argLine}.
   */
  public static void apply() {
    if (System.getProperty(SELECTOR_TIMEOUT) == null) {
      System.setProperty(SELECTOR_TIMEOUT, SELECTOR_TIMEOUT_MS);
    }
  }
}
