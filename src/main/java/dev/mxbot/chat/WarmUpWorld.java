package dev.mxbot.chat;

import java.util.Optional;

/**
 * A world apart in which a chat adapter's warm-up commands take the whole real way of a command
 * before the adapter reports ready: the {@link RequestPipeline} (rate limiter, shared diagnosis,
 * submission to the workers), a full diagnosis and the final answer. Its pipeline has this world's
 * own rate limiter, shared diagnoses, workers and DNS client, and that client asks only in-process
 * zones on loopback: a warm-up never queries the network, and nothing of it reaches the process's
 * real limits, cache, log lines or metrics (its platform is unrecorded). Adapters open one for
 * their warm-up and close it before they report ready.
 */
public interface WarmUpWorld extends AutoCloseable {

  /** Opens worlds; {@link #NONE} when there is none (tests, {@code bench}). */
  interface Opener {

    /** Opens no world: warm-up commands then stop before the diagnosis (no answer address). */
    Opener NONE = Optional::empty;

    /** A new world, or empty when none can be made here (then the warm-up does without). */
    Optional<WarmUpWorld> open();
  }

  /**
   * The pipeline of platform {@code id}'s warm-up commands: open to every caller, rate-limited by
   * this world's own limiter, never logged nor counted.
   */
  RequestPipeline pipeline(String id);

  /** A domain this world's zones answer for. */
  String domain();

  /** Stops this world's DNS server, workers and DNS client. */
  @Override
  void close();
}
