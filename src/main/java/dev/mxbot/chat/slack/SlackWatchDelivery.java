package dev.mxbot.chat.slack;

import com.slack.api.bolt.App;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import com.slack.api.methods.response.conversations.ConversationsOpenResponse;
import dev.mxbot.chat.Outcome;
import dev.mxbot.chat.WatchDeliveries;
import dev.mxbot.core.Watch;
import dev.mxbot.render.slack.SlackMessage;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * A watch's message on Slack, long after the command's {@code response_url} has expired: a direct
 * message ({@code conversations.open} with the user, then {@code chat.postMessage}; scopes {@code
 * im:write} and {@code chat:write}), or {@code chat.postMessage} in the channel the watch was
 * started in when it was started with {@code share}. Rendered like any answer (escaped, no
 * mentions), without buttons. Runs on the scheduler's thread that asks.
 */
final class SlackWatchDelivery implements WatchDeliveries.Delivery {

  private final MethodsClient methods;
  private final SlackReplies replies;

  SlackWatchDelivery(App app, SlackReplies replies) {
    this.methods = app.client();
    this.replies = replies;
  }

  @Override
  public CompletionStage<?> deliver(Watch watch, Outcome outcome) {
    try {
      String channel = watch.share() ? watch.channel() : directChannel(watch.userId());
      SlackMessage message = replies.message(outcome);
      ChatPostMessageResponse posted =
          methods.chatPostMessage(
              r -> r.channel(channel).text(message.text()).blocks(message.blocks()));
      if (!posted.isOk()) {
        throw new IOException("chat.postMessage: " + posted.getError());
      }
      return CompletableFuture.completedFuture(null);
    } catch (Exception e) {
      return CompletableFuture.failedFuture(e);
    }
  }

  private String directChannel(String user) throws Exception {
    ConversationsOpenResponse opened = methods.conversationsOpen(r -> r.users(List.of(user)));
    if (!opened.isOk()) {
      throw new IOException("conversations.open: " + opened.getError());
    }
    return opened.getChannel().getId();
  }
}
