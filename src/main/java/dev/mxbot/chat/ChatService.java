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
}
