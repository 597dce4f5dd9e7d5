package dev.mxbot.chat.slack;

import com.google.inject.AbstractModule;
import com.google.inject.Module;
import com.google.inject.Provides;
import com.google.inject.util.Modules;
import com.slack.api.bolt.App;
import dev.mxbot.config.SlackSettings;
import java.time.Clock;
import java.util.function.UnaryOperator;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/**
 * For tests that must reach inside Slack HTTP mode's Jetty (e.g. hold back the completion of an
 * ack's write): {@link SlackModule} in HTTP mode with its transport replaced by one that serves the
 * same {@link SlackHttpHandler} (same path, same signature check, same Bolt app) wrapped by the
 * test's handler. The production transport has no such hook; this one leaves out only what the
 * wrapped path does not depend on: the connection limit, the idle timeout and the start-up warm-up.
 */
public final class WrappedHttpMode {

  private WrappedHttpMode() {}

  /** The Slack module in HTTP mode, its handler wrapped by {@code wrap} (which must call it). */
  public static Module module(SlackTokens tokens, UnaryOperator<Handler> wrap) {
    return Modules.override(new SlackModule(tokens, SlackMode.HTTP))
        .with(
            new AbstractModule() {
              @Provides
              SlackTransport transport(SlackSettings settings, Clock clock, AckSignals acks) {
                return new Transport(settings, tokens, clock, acks, wrap);
              }
            });
  }

  /** Jetty on {@code slack.http.port} serving the wrapped handler at {@code slack.http.path}. */
  private static final class Transport implements SlackTransport {
    private final SlackSettings settings;
    private final SlackTokens tokens;
    private final Clock clock;
    private final AckSignals acks;
    private final UnaryOperator<Handler> wrap;
    private Server server;
    private App app;

    Transport(
        SlackSettings settings,
        SlackTokens tokens,
        Clock clock,
        AckSignals acks,
        UnaryOperator<Handler> wrap) {
      this.settings = settings;
      this.acks = acks;
      this.tokens = tokens;
      this.clock = clock;
      this.wrap = wrap;
    }

    @Override
    public String name() {
      return "http";
    }

    @Override
    public synchronized void start(App boltApp) throws Exception {
      SignatureVerifier verifier =
          new SignatureVerifier(tokens.signingSecret().orElseThrow(), clock);
      app = boltApp.start();
      server = new Server();
      ServerConnector connector = new ServerConnector(server);
      connector.setPort(settings.httpPort());
      server.addConnector(connector);
      server.setHandler(
          wrap.apply(
              new SlackHttpHandler(
                  settings.httpPath(), verifier, app, acks, settings.maxBodyReads())));
      server.start();
    }

    @Override
    public synchronized boolean ready() {
      return server != null && server.isStarted();
    }

    @Override
    public synchronized void stop() {
      try {
        if (server != null) {
          server.stop();
        }
      } catch (Exception e) {
        throw new IllegalStateException(e);
      } finally {
        if (app != null) {
          app.stop();
        }
        server = null;
        app = null;
      }
    }
  }
}
