package dev.mxbot.chat.discord;

import dev.mxbot.chat.Outcome;
import dev.mxbot.chat.WatchDeliveries;
import dev.mxbot.core.Watch;
import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.regex.Pattern;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.requests.RestConfig;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * A watch's message on Discord, long after the interaction token (15 minutes) has expired, with the
 * report's embed and the watch's note, no buttons, no mentions:
 *
 * <ul>
 *   <li>a watch started with {@code share}: in the channel it was started from ({@code POST
 *       channels/<id>/messages}). The light gateway session keeps no channel cache, so JDA has no
 *       channel object to send through: the message goes straight to that REST route, on JDA's own
 *       HTTP client and with its token, to the same base URL as JDA's requests;
 *   <li>otherwise a direct message ({@code POST users/@me/channels}, then a message there).
 * </ul>
 */
final class DiscordWatchDelivery implements WatchDeliveries.Delivery {

  private static final MediaType JSON = MediaType.get("application/json");

  /** A Discord id (snowflake): the channel id is put in a URL path. */
  private static final Pattern SNOWFLAKE = Pattern.compile("\\d{1,20}");

  private final JDA jda;
  private final Replies replies;
  private final String restBase;

  /** {@code restUrl}: the REST base URL JDA was given ({@code discord.restUrl}), or empty. */
  DiscordWatchDelivery(JDA jda, Replies replies, java.util.Optional<String> restUrl) {
    this.jda = jda;
    this.replies = replies;
    String base = restUrl.orElseGet(() -> new RestConfig().getBaseUrl());
    this.restBase = base.endsWith("/") ? base : base + "/";
  }

  @Override
  public CompletionStage<?> deliver(Watch watch, Outcome outcome) {
    try {
      MessageCreateData message = replies.watchMessage(outcome);
      if (watch.share()
          && watch.channel() != null
          && SNOWFLAKE.matcher(watch.channel()).matches()) {
        return postInChannel(watch.channel(), message);
      }
      return jda.openPrivateChannelById(watch.userId())
          .flatMap(channel -> channel.sendMessage(message))
          .submit();
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
  }

  private CompletableFuture<Void> postInChannel(String channel, MessageCreateData message) {
    Request request =
        new Request.Builder()
            .url(restBase + "channels/" + channel + "/messages")
            .header("Authorization", jda.getToken())
            .post(RequestBody.create(message.toData().toString(), JSON))
            .build();
    CompletableFuture<Void> sent = new CompletableFuture<>();
    jda.getHttpClient()
        .newCall(request)
        .enqueue(
            new Callback() {
              @Override
              public void onFailure(Call call, IOException e) {
                sent.completeExceptionally(e);
              }

              @Override
              public void onResponse(Call call, Response response) {
                try (response) {
                  if (response.isSuccessful()) {
                    sent.complete(null);
                  } else {
                    sent.completeExceptionally(
                        new IOException("Discord answered HTTP " + response.code()));
                  }
                }
              }
            });
    return sent;
  }
}
