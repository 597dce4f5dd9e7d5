package dev.mxbot.serve;

import dev.mxbot.chat.ChatService;
import dev.mxbot.config.Secrets;
import java.time.Duration;
import java.util.List;

/**
 * {@code mxbot serve} once the application is built: every chat adapter whose secrets are set (all
 * or nothing), behind the ops listener, until SIGTERM; then drains the answers in flight within
 * {@link #GRACE}. Loaded only by {@code serve}: {@code check} and {@code console} load neither the
 * ops listener nor the chat adapters.
 */
public final class Serve {

  /** How long answers in flight may take to finish after SIGTERM. */
  public static final Duration GRACE = Duration.ofSeconds(10);

  /** The chat platforms, one line each. */
  public static final ChatAdapters ADAPTERS =
      new ChatAdapters(List.of(new SlackAdapter(), new DiscordAdapter()));

  private Serve() {}

  /**
   * Serves until SIGTERM (or SIGINT) and drains; returns false at once, serving nothing, when no
   * chat platform is configured (the caller then opens the console, or refuses to start when there
   * is no terminal: {@link ChatAdapters#missing} says why).
   */
  public static boolean untilSignalled(Application app, Secrets secrets) throws Exception {
    List<ChatService> services = ADAPTERS.create(app, secrets);
    if (services.isEmpty()) {
      return false;
    }
    TermSignal signal = new TermSignal().install(GRACE.multipliedBy(3));
    Serving serving = new Serving(app, services, GRACE);
    serving.start();
    signal.await();
    serving.stop();
    signal.finished();
    return true;
  }
}
