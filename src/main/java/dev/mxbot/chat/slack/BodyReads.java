package dev.mxbot.chat.slack;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bodies of requests not yet authenticated, read without holding a thread: at most a fixed
 * number of slots at once ({@code slack.http.maxBodyReads}; over that, no read starts and the
 * caller answers 503 at once), each within {@link #DEADLINE} (a body still unfinished then fails
 * with a {@link java.util.concurrent.TimeoutException}). A wave of stalled senders leaves one WARN
 * line when the slots run out, not one per request. Safe for concurrent use.
 */
final class BodyReads {

  /** How long a body may take to arrive once its headers have. */
  static final Duration DEADLINE = Duration.ofSeconds(5);

  private static final Logger LOG = LoggerFactory.getLogger(BodyReads.class);

  private final int size;
  private final Semaphore slots;
  private final AtomicBoolean full = new AtomicBoolean();

  /** Reads at most {@code size} bodies at once. */
  BodyReads(int size) {
    if (size < 1) {
      throw new IllegalArgumentException("size must be positive: " + size);
    }
    this.size = size;
    this.slots = new Semaphore(size);
  }

  /** The body of {@code request}, up to {@code max} bytes; empty when every slot is taken. */
  @SuppressWarnings("removal") // Jetty 12.1's successor takes a Promise.Invocable: for the rewrite
  Optional<CompletableFuture<byte[]>> read(Request request, int max) {
    if (!slots.tryAcquire()) {
      if (full.compareAndSet(false, true)) {
        LOG.warn("slack http: {} request bodies unfinished; answering 503 until some end", size);
      }
      return Optional.empty();
    }
    CompletableFuture<byte[]> body = new CompletableFuture<>();
    body.orTimeout(DEADLINE.toMillis(), TimeUnit.MILLISECONDS)
        .whenComplete((bytes, failure) -> release());
    Content.Source.asByteArrayAsync(request, max)
        .whenComplete(
            (bytes, failure) -> {
              if (failure == null) {
                body.complete(bytes);
              } else {
                body.completeExceptionally(failure);
              }
            });
    return Optional.of(body);
  }

  private void release() {
    slots.release();
    if (slots.availablePermits() > size / 2) {
      full.set(false);
    }
  }
}
