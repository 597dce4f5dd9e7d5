package dev.mxbot.chat.discord;

import dev.mxbot.chat.Outcome;
import dev.mxbot.chat.WatchDeliveries;
import dev.mxbot.core.Watch;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import net.dv8tion.jda.api.JDA;

/**
 * A watch's message on Discord, long after the interaction token (15 minutes) has expired: a direct
 * message through the REST API ({@code POST /users/@me/channels}, then a message in that channel),
 * with the report's embed and the watch's note, no buttons, no mentions. A watch started with
 * {@code share} is delivered the same way: the light gateway session keeps no channel cache to post
 * in a guild channel by id (see watch.md).
 */
final class DiscordWatchDelivery implements WatchDeliveries.Delivery {

  private final JDA jda;
  private final Replies replies;

  DiscordWatchDelivery(JDA jda, Replies replies) {
    this.jda = jda;
    this.replies = replies;
  }

  @Override
  public CompletionStage<?> deliver(Watch watch, Outcome outcome) {
    try {
      return jda.openPrivateChannelById(watch.userId())
          .flatMap(channel -> channel.sendMessage(replies.watchMessage(outcome)))
          .submit();
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
  }
}
