package dev.mxbot.chat.slack;

import com.slack.api.bolt.context.Context;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * "The ack of this request is written", passed from {@link SlackHttpHandler} to the handlers
 * through the request's Bolt context: the HTTP handler opens one signal per request and names it in
 * the context ({@link #KEY}); {@link MxCommand} and {@link ButtonActions} hand it to the pipeline,
 * so that the diagnosis neither takes a core from the ack nor posts its answer above "Checking…".
 * Without one (Socket Mode, where Bolt acks after the handler returns) the signal is already
 * complete. Safe for concurrent use.
 */
final class AckSignals {

  /** The context value naming the request's signal. */
  static final String KEY = "mxbot.ack";

  private static final CompletableFuture<Void> NONE = CompletableFuture.completedFuture(null);

  private final Map<String, CompletableFuture<Void>> open = new ConcurrentHashMap<>();
  private final AtomicLong ids = new AtomicLong();

  /** Opens the signal of a request about to be run, naming it in {@code context}. */
  CompletableFuture<Void> open(Context context) {
    String id = Long.toString(ids.incrementAndGet());
    CompletableFuture<Void> acked = new CompletableFuture<>();
    open.put(id, acked);
    acked.whenComplete((done, failure) -> open.remove(id));
    context.getAdditionalValues().put(KEY, id);
    return acked;
  }

  /** The signal of the request whose context this is; complete when there is none. */
  CompletionStage<Void> of(Context context) {
    String id = context == null ? null : context.getAdditionalValues().get(KEY);
    CompletableFuture<Void> acked = id == null ? null : open.get(id);
    return acked == null ? NONE : acked;
  }
}
