package dev.mxbot.chat;

import dev.mxbot.core.CheckHistory;
import dev.mxbot.core.InputPolicy;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Makes the {@link RequestPipeline} of each platform; they share the rate limiter, the shared
 * diagnoses (so a Slack and a Discord agent asking the same join one diagnosis) and the threads
 * that send final answers. Those threads are apart from the diagnosis workers: when one diagnosis
 * answers 500 joined commands, sending 500 answers takes no worker. Safe for concurrent use.
 */
@Singleton
public final class Pipelines implements AutoCloseable {

  /** Threads sending final answers (each may wait on the platform's HTTP API). */
  static final int REPLY_THREADS = 8;

  private final InputPolicy policy;
  private final RateLimiter limiter;
  private final SharedDiagnoses shared;
  private final CommandEvents events;
  private final ThreadPoolExecutor replies;
  private final CustomerReplyWriter customerReplies;
  private final CheckHistory history;
  private final Watching watching;

  /** Pipelines that record nothing and write no customer reply (tests). */
  public Pipelines(
      InputPolicy policy, RateLimiter limiter, SharedDiagnoses shared, CommandEvents events) {
    this(policy, limiter, shared, events, CheckHistory.NONE, CustomerReplyWriter.NONE);
  }

  /** Pipelines that record nothing (tests). */
  public Pipelines(
      InputPolicy policy,
      RateLimiter limiter,
      SharedDiagnoses shared,
      CommandEvents events,
      CustomerReplyWriter customerReplies) {
    this(policy, limiter, shared, events, CheckHistory.NONE, customerReplies);
  }

  /** Pipelines that write no customer reply (tests). */
  public Pipelines(
      InputPolicy policy,
      RateLimiter limiter,
      SharedDiagnoses shared,
      CommandEvents events,
      CheckHistory history) {
    this(policy, limiter, shared, events, history, CustomerReplyWriter.NONE);
  }

  /** Pipelines without watches (tests). */
  public Pipelines(
      InputPolicy policy,
      RateLimiter limiter,
      SharedDiagnoses shared,
      CommandEvents events,
      CheckHistory history,
      CustomerReplyWriter customerReplies) {
    this(policy, limiter, shared, events, history, customerReplies, Watching.NONE);
  }

  /**
   * {@code history}: where chat platforms record their checks and read what changed; {@code
   * customerReplies}: writes the customer reply a request asks for; {@code watching}: where {@code
   * /mx watch} keeps its watches.
   */
  @Inject
  public Pipelines(
      InputPolicy policy,
      RateLimiter limiter,
      SharedDiagnoses shared,
      CommandEvents events,
      CheckHistory history,
      CustomerReplyWriter customerReplies,
      Watching watching) {
    this.watching = watching;
    this.history = history;
    this.customerReplies = customerReplies;
    this.policy = policy;
    this.limiter = limiter;
    this.shared = shared;
    this.events = events;
    AtomicInteger count = new AtomicInteger();
    // Unbounded queue: every task is an accepted command, which the rate limits already bound.
    this.replies =
        new ThreadPoolExecutor(
            REPLY_THREADS,
            REPLY_THREADS,
            30,
            TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(),
            task -> {
              Thread thread = new Thread(task, "mxbot-reply-" + count.incrementAndGet());
              thread.setDaemon(true);
              return thread;
            });
    replies.allowCoreThreadTimeOut(true);
  }

  /**
   * For a long-running {@code serve}: starts every answer thread now and keeps them while idle, as
   * {@link CommandExecutor#keepWarm} does for the diagnosis workers, so a burst does not create
   * them on its way.
   */
  public void keepWarm() {
    replies.allowCoreThreadTimeOut(false);
    replies.prestartAllCoreThreads();
  }

  /**
   * The pipeline of {@code platform}. A chat platform's checks are recorded and compared with the
   * history; the console's and {@code check}'s only when asked ({@link #create(Platform,
   * CheckHistory)}), warm-ups' never.
   */
  public RequestPipeline create(Platform platform) {
    boolean chat = platform.recorded() && platform != Platform.CONSOLE;
    return create(platform, chat ? history : CheckHistory.NONE);
  }

  /** The pipeline of {@code platform}, recording into {@code checks}. */
  public RequestPipeline create(Platform platform, CheckHistory checks) {
    return new RequestPipeline(
        platform, policy, limiter, shared, events, replies, checks, customerReplies, watching);
  }

  /** Where chat platforms record their checks ({@link CheckHistory#NONE} without a store). */
  public CheckHistory history() {
    return history;
  }

  /** The languages requests may ask for. */
  public InputPolicy policy() {
    return policy;
  }

  @Override
  public void close() {
    replies.shutdown();
  }
}
