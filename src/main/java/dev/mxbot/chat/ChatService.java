package dev.mxbot.chat;

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
}
