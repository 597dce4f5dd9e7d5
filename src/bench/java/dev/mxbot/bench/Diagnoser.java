package dev.mxbot.bench;

import dev.mxbot.core.Report;
import java.util.List;

/**
 * Runs one full diagnosis, as {@code /mx} does, for the benchmark. Must be safe for concurrent use
 * (the throughput phase calls it from up to 64 threads).
 */
@FunctionalInterface
public interface Diagnoser {

  /** Diagnoses {@code domain}, also trying these DKIM selectors. */
  Report diagnose(String domain, List<String> dkimSelectors);
}
