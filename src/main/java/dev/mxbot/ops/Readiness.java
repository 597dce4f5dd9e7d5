package dev.mxbot.ops;

import dev.mxbot.chat.ChatService;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Whether this process should receive traffic: every started chat adapter is connected and the
 * process is not shutting down. Immutable list, one volatile flag; safe for concurrent use.
 */
final class Readiness {

  private final List<ChatService> services;
  private volatile boolean stopping;

  Readiness(List<ChatService> services) {
    this.services = List.copyOf(services);
  }

  /** From now on, not ready: the process is draining before it exits. */
  void stopping() {
    stopping = true;
  }

  /** Why traffic should not come here now; empty when ready. */
  Optional<String> notReady() {
    if (stopping) {
      return Optional.of("shutting down");
    }
    if (services.isEmpty()) {
      return Optional.of("no chat adapter started");
    }
    String down =
        services.stream()
            .filter(s -> !s.ready())
            .map(s -> s.name() + " not connected")
            .collect(Collectors.joining(", "));
    return down.isEmpty() ? Optional.empty() : Optional.of(down);
  }
}
