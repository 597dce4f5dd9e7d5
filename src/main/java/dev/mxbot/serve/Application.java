package dev.mxbot.serve;

import com.google.inject.Module;
import dev.mxbot.chat.ChatService;
import dev.mxbot.config.BotConfig;

/**
 * The running application as {@code serve} sees it: its configuration, its singletons and a way to
 * a chat platform's service. The command line's {@code Bootstrap} (which holds the injector)
 * implements it, so that this package needs nothing of {@code cli}.
 */
public interface Application {

  /** The configuration, as read and adjusted at start-up. */
  BotConfig config();

  /** The application's instance of {@code type} (the ops listener, the command executor). */
  <T> T get(Class<T> type);

  /**
   * The chat service that a platform's modules bind, built in a child injector, so the platform's
   * SDK loads only when its adapter is used.
   */
  ChatService chatService(Module... modules);
}
