package dev.mxbot.chat;

import dev.mxbot.core.WatchBook;
import java.time.Duration;
import java.util.List;

/**
 * What {@code /mx watch} needs besides the pipeline: where watches are kept ({@link WatchBook#NONE}
 * without a store), {@code watch.interval}, {@code watch.maxDuration} (the longest {@code for=}),
 * {@code watch.maxPerUser} (named when it is reached), and the resolvers a "nothing pending"
 * message names (the configured ones, as {@code address:port}). Immutable.
 */
public record Watching(
    WatchBook book, Duration interval, Duration maxDuration, int maxPerUser, List<String> resolvers)
    implements AutoCloseable {

  /** No watches (no store; tests). */
  public static final Watching NONE =
      new Watching(WatchBook.NONE, Duration.ofMinutes(5), Duration.ofHours(48), 10, List.of());

  public Watching {
    resolvers = List.copyOf(resolvers);
  }

  /** Stops the book's scheduler when it has one (the application closes). */
  @Override
  public void close() {
    if (book instanceof AutoCloseable closeable) {
      try {
        closeable.close();
      } catch (Exception e) {
        org.slf4j.LoggerFactory.getLogger(Watching.class)
            .warn("watches: closing failed ({})", e.getClass().getSimpleName());
      }
    }
  }

  /** True when watches can be kept. */
  public boolean enabled() {
    return book.enabled();
  }
}
