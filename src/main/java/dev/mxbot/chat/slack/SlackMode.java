package dev.mxbot.chat.slack;

import java.util.Optional;

/** How the bot talks with Slack: an outgoing WebSocket (Socket Mode) or incoming HTTP requests. */
public enum SlackMode {
  SOCKET(SocketModeTransport.class),
  HTTP(HttpModeTransport.class);

  private final Class<? extends SlackTransport> transport;

  SlackMode(Class<? extends SlackTransport> transport) {
    this.transport = transport;
  }

  Class<? extends SlackTransport> transport() {
    return transport;
  }

  /**
   * The mode for the configured {@code slack.mode} ({@code auto}, {@code socket}, {@code http})
   * given which secrets are set; empty when the needed secret is missing. {@code auto} = socket
   * when the app token is set, else http when the signing secret is set.
   */
  public static Optional<SlackMode> choose(
      String configured, boolean hasAppToken, boolean hasSigningSecret) {
    return switch (configured) {
      case "socket" -> hasAppToken ? Optional.of(SOCKET) : Optional.empty();
      case "http" -> hasSigningSecret ? Optional.of(HTTP) : Optional.empty();
      default -> {
        if (hasAppToken) {
          yield Optional.of(SOCKET);
        }
        yield hasSigningSecret ? Optional.of(HTTP) : Optional.empty();
      }
    };
  }
}
