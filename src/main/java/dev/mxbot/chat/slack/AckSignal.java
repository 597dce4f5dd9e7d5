package dev.mxbot.chat.slack;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * "The ack of this request is written": in HTTP mode {@link SlackHttpHandler} opens one signal per
 * request on the thread that runs Bolt (Bolt calls the command's handler on that same thread), and
 * completes it once Jetty has written the ack. Work queued by the handler ({@link SlackAnswers})
 * waits for it, so the diagnosis neither takes a core from the ack nor posts its answer above
 * "Checking…". Outside an HTTP request (Socket Mode, tests) the signal is already complete.
 */
final class AckSignal {

  private static final ThreadLocal<CompletableFuture<Void>> CURRENT = new ThreadLocal<>();
  private static final CompletableFuture<Void> NONE = CompletableFuture.completedFuture(null);

  private AckSignal() {}

  /** Opens the signal of the request this thread answers now. */
  static CompletableFuture<Void> open() {
    CompletableFuture<Void> acked = new CompletableFuture<>();
    CURRENT.set(acked);
    return acked;
  }

  /** Forgets the signal of this thread (the request's handler has returned). */
  static void close() {
    CURRENT.remove();
  }

  /** The ack of the request this thread is answering; complete when there is none. */
  static CompletionStage<Void> current() {
    CompletableFuture<Void> acked = CURRENT.get();
    return acked == null ? NONE : acked;
  }

  /**
   * Waits until {@code acked}, at most {@code limit}; a late or failed ack does not stop the work.
   */
  static void await(CompletionStage<Void> acked, Duration limit) {
    try {
      acked.toCompletableFuture().get(limit.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (ExecutionException | TimeoutException e) {
      // The ack went wrong or is very late: answering is still better than not.
    }
  }
}
