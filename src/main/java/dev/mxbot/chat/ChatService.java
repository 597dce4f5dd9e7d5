package dev.mxbot.chat;

import java.time.Duration;

/**
 * A chat platform adapter (console, Slack, Discord). Connections open in {@link #start()}, never in
 * a constructor or Guice module; {@link #stop()} finishes in-flight answers within a bound and
 * closes them.
 */
public interface ChatService {

  /** A short name for logs: {@code console}, {@code slack-socket}, {@code discord}. */
  String name();

  void start() throws Exception;

  void stop();

  /**
   * True when the service can take commands now: its connection is open (Slack Socket Mode
   * connected, Slack HTTP listener up, Discord gateway connected on every shard). False before
   * {@link #start()}, after {@link #stop()} and while a connection is down. Cheap, non-blocking,
   * safe to call from any thread: {@code /readyz} asks it on every probe.
   */
  boolean ready();

  /**
   * Waits up to {@code limit} until every command this service accepted so far has had its answer
   * sent (delivered, or given up on and logged); true when none is left. Commands accepted
   * meanwhile are waited for too. The point after which nothing more will be sent for the commands
   * seen so far: for a planned drain and for tests that must prove an absence. Blocking; safe to
   * call from any thread but the platform's own event thread.
   */
  boolean awaitAnswered(Duration limit);
}
