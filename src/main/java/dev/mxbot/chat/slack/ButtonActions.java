package dev.mxbot.chat.slack;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.app_backend.interactive_components.response.ActionResponse;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.webhook.WebhookResponse;
import dev.mxbot.chat.CommandEvents;
import dev.mxbot.render.SlackMessage;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.Optional;

/**
 * The buttons under a private report. "Share in channel" runs the command again and posts the
 * report for everyone ({@code in_channel}, with who shared it); "Re-check" runs it again and
 * replaces the private message ({@code replace_original}). Both pass the access policy and the rate
 * limit like a new command; the click is acknowledged at once. A click without a usable {@code
 * response_url} runs nothing (its answer could go nowhere): one log line.
 */
final class ButtonActions {

  private final SlackGate gate;
  private final SlackAnswers answers;
  private final CommandEvents events;

  @Inject
  ButtonActions(SlackGate gate, SlackAnswers answers, CommandEvents events) {
    this.gate = gate;
    this.answers = answers;
    this.events = events;
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
    String user = payload.getUser().getId();
    String lang = value.get().lang();
    if (!ResponseUrl.isUsable(payload.getResponseUrl())) {
      turnedAway(user, "refused:no_response_url", () -> events.refused("slack", "no_response_url"));
      return ctx.ack();
    }
    Delivery note = (message, inChannel) -> respond(ctx, message, false, false);
    Optional<SlackMessage> notAllowed = gate.access(team, channel, lang);
    if (notAllowed.isPresent()) {
      turnedAway(user, "refused:not_allowed", () -> events.refused("slack", "not_allowed"));
      answers.sendSoon(note, notAllowed.get());
      return ctx.ack();
    }
    Optional<SlackMessage> slowDown = gate.rate(team, user, lang);
    if (slowDown.isPresent()) {
      turnedAway(user, "rate_limited", () -> events.rateLimited("slack"));
      answers.sendSoon(note, slowDown.get());
      return ctx.ack();
    }
    SlackAnswers.Job job =
        new SlackAnswers.Job(
            value.get().text(),
            lang,
            team,
            user,
            share,
            share ? Optional.of(name(payload.getUser())) : Optional.empty(),
            (message, inChannel) -> respond(ctx, message, inChannel, !share));
    if (!answers.submit(job)) {
      turnedAway(user, "busy", () -> events.busy("slack"));
      answers.sendSoon(note, answers.busy(lang));
    }
    return ctx.ack();
  }

  /** The click's one log line and metric when it runs no check. */
  private static void turnedAway(String user, String verdict, Runnable event) {
    SlackAnswers.log(user, "-", verdict, 0, ErrorRef.next());
    event.run();
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
