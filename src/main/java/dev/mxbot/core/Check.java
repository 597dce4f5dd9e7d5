package dev.mxbot.core;

import java.util.concurrent.CompletionStage;

/**
 * One concern of the diagnosis (MX, SPF, ...). Implementations are stateless singletons bound with
 * a Guice {@code Multibinder<Check>}; every check of a report runs concurrently on the same report,
 * each through a {@link CheckContext} view of its {@link #area()}.
 *
 * <p>A check reports through the context ({@link CheckContext#add}) and completes its stage when it
 * is done. It never throws for DNS trouble: a lookup it needs that failed or came too late marks
 * its area unchecked ({@link CheckContext#markUnchecked}), it claims nothing from it (never "none",
 * never "present"), and the rest of the report still renders. A check still running at the
 * deadline, or one that fails unexpectedly, leaves its area unchecked. Must be safe for concurrent
 * use.
 */
public interface Check {

  /** The area this check answers for: the one left unchecked when it cannot finish. */
  Area area();

  CompletionStage<?> run(CheckContext context);
}
