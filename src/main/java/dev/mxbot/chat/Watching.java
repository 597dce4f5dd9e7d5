package dev.mxbot.chat;

import dev.mxbot.core.WatchBook;
import java.util.List;

/**
 * What {@code /mx watch} needs besides the pipeline: where watches are kept ({@link WatchBook#NONE}
 * without a store), their settings, and the resolvers a "nothing pending" message names (the
 * configured ones, as {@code address:port}). Immutable.
 */
public record Watching(WatchBook book, WatchSettings settings, List<String> resolvers)
    implements AutoCloseable {

  /** No watches (no store; tests). */
  public static final Watching NONE =
      new Watching(WatchBook.NONE, WatchSettings.DEFAULTS, List.of());

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
