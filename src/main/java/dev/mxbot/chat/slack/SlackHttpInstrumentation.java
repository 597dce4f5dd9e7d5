package dev.mxbot.chat.slack;

import org.eclipse.jetty.server.Handler;

/**
 * For measurements only: wraps the handler of HTTP mode before Jetty starts, e.g. in a Jetty {@code
 * EventsHandler} that times each request. {@code serve} binds none (the handler runs unwrapped);
 * {@code mxbot bench} binds one to time the {@code /mx} acks server-side. Must not change what the
 * wrapped handler answers.
 */
@FunctionalInterface
public interface SlackHttpInstrumentation {

  /** The handler Jetty runs in place of {@code slackHandler} (which it must call). */
  Handler wrap(Handler slackHandler);
}
