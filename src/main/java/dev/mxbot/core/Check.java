package dev.mxbot.core;

import java.util.concurrent.CompletionStage;

/**
 * One concern of the diagnosis (MX, SPF, ...). Implementations are stateless singletons bound with
 * a Guice {@code Multibinder<Check>}; every check of a report runs concurrently on the same {@link
 * CheckContext}.
 *
 * <p>A check reports through the context ({@link CheckContext#add}) and completes its stage when it
 * is done. It never throws for DNS trouble: what it could not learn is noted with {@link
 * CheckContext#noteUnanswered} and the rest of the report still renders. Must be safe for
 * concurrent use.
 */
public interface Check {

  CompletionStage<?> run(CheckContext context);
}
