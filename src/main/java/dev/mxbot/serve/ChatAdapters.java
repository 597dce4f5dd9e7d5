package dev.mxbot.serve;

import dev.mxbot.chat.ChatService;
import dev.mxbot.config.BotConfig;
import dev.mxbot.config.Secrets;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The chat platforms {@code serve} knows, in start order. Builds the service of each one whose
 * secrets are present and logs one line for each one skipped, naming the missing variable. Builds
 * only: nothing connects here.
 */
public final class ChatAdapters {

  private static final Logger LOG = LoggerFactory.getLogger(ChatAdapters.class);

  private final List<ChatAdapter> adapters;

  public ChatAdapters(List<ChatAdapter> adapters) {
    this.adapters = List.copyOf(adapters);
  }

  /** The services to start, possibly none. */
  public List<ChatService> create(Application app, Secrets secrets) {
    List<ChatService> services = new ArrayList<>();
    for (ChatAdapter adapter : adapters) {
      adapter
          .create(app, secrets)
          .ifPresentOrElse(services::add, () -> logSkipped(adapter, adapter.missing(secrets)));
    }
    return services;
  }

  /**
   * The platforms {@code serve} would start, one line each ({@code slack: Socket Mode}); empty when
   * none. Builds nothing.
   */
  public List<String> plan(BotConfig config, Secrets secrets) {
    List<String> plans = new ArrayList<>();
    for (ChatAdapter adapter : adapters) {
      adapter.plan(config, secrets).ifPresent(p -> plans.add(adapter.name() + ": " + p));
    }
    return plans;
  }

  /**
   * Why no platform would start, one clause per platform ({@code slack: SLACK_BOT_TOKEN is not set;
   * discord: DISCORD_TOKEN is not set}): variable names only, never a value.
   */
  public String missing(Secrets secrets) {
    List<String> reasons = new ArrayList<>();
    for (ChatAdapter adapter : adapters) {
      reasons.add(adapter.name() + ": " + adapter.missing(secrets));
    }
    return String.join("; ", reasons);
  }

  /** Names the variables that are missing: never a value. */
  private static void logSkipped(ChatAdapter adapter, String missingVariables) {
    LOG.info("{} not started: {}", adapter.name(), missingVariables);
  }
}
