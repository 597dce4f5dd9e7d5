package dev.mxbot.chat.slack;

import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.app_backend.slash_commands.response.SlashCommandResponse;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.handler.builtin.SlashCommandHandler;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.webhook.WebhookResponse;
import dev.mxbot.chat.Admission;
import dev.mxbot.chat.Caller;
import dev.mxbot.chat.ErrorRef;
import dev.mxbot.chat.MxRequest;
import dev.mxbot.chat.Outcome;
import dev.mxbot.chat.ParsedRequest;
import dev.mxbot.chat.Reply;
import dev.mxbot.chat.RequestPipeline;
import dev.mxbot.render.slack.SlackMessage;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /mx <domain> [options]}: translates Slack's slash command into a {@link Caller} and a
 * {@link ParsedRequest} for the {@link RequestPipeline}, and answers at once (within Slack's 3 s)
 * with an ephemeral ack — "Checking caffè.it…", or the pipeline's answer when it turned the command
 * away. The final answer goes to the command's {@code response_url}; it waits for the ack to be
 * written ({@link AckSignals}).
 */
final class MxCommand implements SlashCommandHandler {

  private static final Logger LOG = LoggerFactory.getLogger(MxCommand.class);

  private final RequestPipeline pipeline;
  private final WarmUpRoute warmUp;
  private final WarmUpKey warmUpKey;
  private final SlackLanguages languages;
  private final SlackReplies replies;
  private final AckSignals acks;

  @Inject
  MxCommand(
      RequestPipeline pipeline,
      WarmUpRoute warmUp,
      WarmUpKey warmUpKey,
      SlackLanguages languages,
      SlackReplies replies,
      AckSignals acks) {
    this.pipeline = pipeline;
    this.warmUp = warmUp;
    this.warmUpKey = warmUpKey;
    this.languages = languages;
    this.replies = replies;
    this.acks = acks;
  }

  @Override
  public Response apply(SlashCommandRequest request, SlashCommandContext ctx) {
    SlashCommandPayload payload = request.getPayload();
    String lang = languages.defaultFor(payload.getTeamId(), payload.getChannelId());
    try {
      boolean warm = warmUpKey.matches(request.getHeaders().getFirstValue(WarmUpKey.HEADER));
      return answer(warm ? warmUp.pipeline() : pipeline, payload, lang, ctx);
    } catch (RuntimeException e) {
      String ref = ErrorRef.next();
      LOG.error("slack /mx could not be acknowledged, ref {}", ref, e);
      return ack(ctx, replies.message(new Outcome.Failed(lang, ref)));
    }
  }

  private Response answer(
      RequestPipeline pipeline, SlashCommandPayload payload, String lang, SlashCommandContext ctx) {
    Caller caller = Caller.slack(payload.getTeamId(), payload.getChannelId(), payload.getUserId());
    ParsedRequest parsed =
        MxRequest.parse(payload.getText(), new LinkedHashSet<>(pipeline.languages()));
    Optional<Reply> reply =
        ResponseUrl.isUsable(payload.getResponseUrl())
            ? Optional.of(
                replies.reply(
                    (message, inChannel) -> respond(ctx, message, inChannel),
                    false,
                    SlackReplies.buttons(lang, parsed),
                    Optional.empty()))
            : Optional.empty();
    Admission admission = pipeline.admit(caller, parsed, lang, reply, acks.of(ctx));
    if (admission instanceof Admission.Accepted accepted) {
      return ack(ctx, replies.checking(accepted.lang(), accepted.domains()));
    }
    return ack(ctx, replies.message(((Admission.Answer) admission).outcome()));
  }

  private static Response ack(SlashCommandContext ctx, SlackMessage message) {
    return ctx.ack(build(message, false));
  }

  private static void respond(SlashCommandContext ctx, SlackMessage message, boolean inChannel)
      throws IOException {
    WebhookResponse response = ctx.respond(build(message, inChannel));
    if (response.getCode() == null || response.getCode() >= 300) {
      throw new IOException("response_url answered " + response.getCode());
    }
  }

  private static SlashCommandResponse build(SlackMessage message, boolean inChannel) {
    return SlashCommandResponse.builder()
        .responseType(inChannel ? "in_channel" : "ephemeral")
        .text(message.text())
        .blocks(message.blocks().isEmpty() ? null : message.blocks())
        .build();
  }
}
