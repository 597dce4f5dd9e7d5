package dev.mxbot.serve;

import dev.mxbot.chat.ChatService;
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

  /** Names the variables that are missing: never a value. */
  private static void logSkipped(ChatAdapter adapter, String missingVariables) {
    LOG.info("{} not started: {}", adapter.name(), missingVariables);
  }
}
