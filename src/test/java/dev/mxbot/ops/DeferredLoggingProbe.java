package dev.mxbot.ops;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A program run by {@link DeferredLoggingProcessTest} in a JVM of its own: a DEBUG line, then a
 * WARN line with a failure, each followed by a mark on standard output.
 */
public final class DeferredLoggingProbe {

  private DeferredLoggingProbe() {}

  public static void main(String[] args) {
    Logger logger = LoggerFactory.getLogger("dev.mxbot.probe");
    logger.debug("a line below the level");
    System.out.println("probe: debug asked");
    logger.warn("the probe's warning {}", 42, new IllegalStateException("made up"));
    System.out.println("probe: warn asked");
  }
}
