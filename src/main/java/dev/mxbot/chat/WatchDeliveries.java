package dev.mxbot.chat;

import dev.mxbot.core.Watch;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where a watch's one message goes once the command's reply window has closed: each chat service
 * that can send on its own (Slack {@code conversations.open} + {@code chat.postMessage}, Discord a
 * DM channel) registers its {@link Delivery} when it starts and removes it when it stops. A watch
 * of a platform with nothing registered on this replica waits (another replica, or a later start,
 * sends it). Safe for concurrent use.
 */
@Singleton
public final class WatchDeliveries {

  /** Sends one watch message, rendered by the platform's renderer (escaped, no mentions). */
  public interface Delivery {
    /** Sends {@code outcome} to {@code watch}'s user (or channel with share). */
    CompletionStage<?> deliver(Watch watch, Outcome outcome);
  }

  private final Map<String, Delivery> byPlatform = new ConcurrentHashMap<>();

  /** Registers {@code platform}'s delivery ({@code slack}, {@code discord}). */
  public void register(String platform, Delivery delivery) {
    byPlatform.put(platform, delivery);
  }

  /** Removes {@code platform}'s delivery (its service stops). */
  public void remove(String platform) {
    byPlatform.remove(platform);
  }

  /** The delivery of {@code platform}, if its service runs here. */
  public Optional<Delivery> of(String platform) {
    return Optional.ofNullable(byPlatform.get(platform));
  }
}
