package dev.mxbot.serve;

import dev.mxbot.chat.ChatService;
import dev.mxbot.config.BotConfig;
import dev.mxbot.config.Secrets;
import java.util.Optional;

/**
 * One chat platform as {@code serve} sees it: builds its service when its secrets are present (with
 * its own Guice module, installed in a child injector), or says which variable is missing.
 */
public interface ChatAdapter {

  /** The platform's name in logs: {@code slack}, {@code discord}. */
  String name();

  /**
   * The service, when this platform is configured; empty otherwise. Every secret value it reads is
   * first handed to {@code LogGuard.hide}, so that no log line can show it.
   */
  Optional<ChatService> create(Application app, Secrets secrets);

  /**
   * How {@code serve} would run this platform with {@code config} and {@code secrets} ({@code
   * Socket Mode}, {@code HTTP mode on port 3000 at /slack/events}); empty when it would not start.
   * Builds nothing and connects nowhere ({@code mxbot config}).
   */
  Optional<String> plan(BotConfig config, Secrets secrets);

  /** Why the platform is not started (which variables are missing), for the start-up log. */
  String missing(Secrets secrets);
}
