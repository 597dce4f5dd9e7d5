package dev.mxbot.chat.slack;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.app_backend.interactive_components.response.ActionResponse;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.webhook.WebhookResponse;
import dev.mxbot.chat.Admission;
import dev.mxbot.chat.Caller;
import dev.mxbot.chat.MxRequest;
import dev.mxbot.chat.ParsedRequest;
import dev.mxbot.chat.Reply;
import dev.mxbot.chat.RequestPipeline;
import dev.mxbot.render.slack.SlackMessage;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.Optional;

/**
 * The buttons under a private report. "Share in channel" runs the command again and posts the
 * report for everyone ({@code in_channel}, with who shared it); "Re-check" runs it again and
 * replaces the private message ({@code replace_original}). Both go through the {@link
 * RequestPipeline} like a new command (access policy, rate limit, shared diagnosis); the click is
 * acknowledged at once and a refusal is sent privately. A click without a usable {@code
 * response_url} runs nothing (its answer could go nowhere).
 */
final class ButtonActions {

  private final RequestPipeline pipeline;
  private final SlackReplies replies;
  private final AckSignals acks;

  @Inject
  ButtonActions(RequestPipeline pipeline, SlackReplies replies, AckSignals acks) {
    this.pipeline = pipeline;
    this.replies = replies;
    this.acks = acks;
  }

  Response share(BlockActionRequest request, ActionContext ctx) {
    return handle(request, ctx, true);
  }

  Response recheck(BlockActionRequest request, ActionContext ctx) {
    return handle(request, ctx, false);
  }

  private Response handle(BlockActionRequest request, ActionContext ctx, boolean share) {
    BlockActionPayload payload = request.getPayload();
    if (payload.getActions() == null) {
      return ctx.ack();
    }
    Optional<ButtonValue> value =
        payload.getActions().stream()
            .findFirst()
            .map(BlockActionPayload.Action::getValue)
            .flatMap(ButtonValue::decode);
    if (value.isEmpty() || payload.getUser() == null) {
      return ctx.ack();
    }
    String team = payload.getTeam() == null ? null : payload.getTeam().getId();
    String channel = payload.getChannel() == null ? null : payload.getChannel().getId();
    Caller caller = Caller.slack(team, channel, payload.getUser().getId());
    String lang = value.get().lang();
    ParsedRequest parsed =
        MxRequest.parse(value.get().text(), new LinkedHashSet<>(pipeline.languages()));
    boolean usable = ResponseUrl.isUsable(payload.getResponseUrl());
    Optional<Reply> reply =
        usable
            ? Optional.of(
                replies.reply(
                    (message, inChannel) -> respond(ctx, message, inChannel, !share),
                    share,
                    SlackReplies.buttons(lang, parsed),
                    share ? Optional.of(name(payload.getUser())) : Optional.empty()))
            : Optional.empty();
    Admission admission = pipeline.admit(caller, parsed, lang, reply, acks.of(ctx));
    if (usable && admission instanceof Admission.Answer turnedAway) {
      Reply note =
          replies.reply(
              (m, inChannel) -> respond(ctx, m, false, false),
              false,
              outcome -> Optional.empty(),
              Optional.empty());
      pipeline.answerSoon(note, turnedAway.outcome());
    }
    return ctx.ack();
  }

  /** The user's name as Slack shows it in the payload (escaped later, by the renderer). */
  private static String name(BlockActionPayload.User user) {
    if (user.getUsername() != null && !user.getUsername().isBlank()) {
      return user.getUsername();
    }
    return user.getName() != null && !user.getName().isBlank() ? user.getName() : user.getId();
  }

  private static void respond(
      ActionContext ctx, SlackMessage message, boolean inChannel, boolean replace)
      throws IOException {
    WebhookResponse response =
        ctx.respond(
            ActionResponse.builder()
                .responseType(inChannel ? "in_channel" : "ephemeral")
                .replaceOriginal(replace)
                .text(message.text())
                .blocks(message.blocks().isEmpty() ? null : message.blocks())
                .build());
    if (response.getCode() == null || response.getCode() >= 300) {
      throw new IOException("response_url answered " + response.getCode());
    }
  }
}
