package dev.mxbot.chat.slack;

import com.slack.api.bolt.App;

/** How Slack's requests reach the Bolt {@link App}: Socket Mode or HTTP. One start, one stop. */
interface SlackTransport {

  /** {@code socket} or {@code http}, for logs. */
  String name();

  /** Opens the connection (or the listener) and feeds {@code app}; the app is started here. */
  void start(App app) throws Exception;

  /** Closes it; idempotent. */
  void stop();

  /** True while commands can arrive: the socket connected, or the listener up. Non-blocking. */
  boolean ready();
}
