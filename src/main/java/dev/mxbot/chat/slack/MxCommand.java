package dev.mxbot.chat.slack;

import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.app_backend.slash_commands.response.SlashCommandResponse;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.handler.builtin.SlashCommandHandler;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.webhook.WebhookResponse;
import dev.mxbot.chat.CommandEvents;
import dev.mxbot.chat.MxRequest;
import dev.mxbot.chat.ParsedRequest;
import dev.mxbot.core.InputPolicy;
import dev.mxbot.core.ParsedDomain;
import dev.mxbot.render.SlackMessage;
import dev.mxbot.render.SlackRenderer;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /mx <domain> [options]}: answers at once (within Slack's 3 s) with an ephemeral ack —
 * "Checking caffè.it…", or why not (not allowed here, bad input, no usable {@code response_url} to
 * answer through, rate limit, busy) — and leaves the diagnosis and the final answer to {@link
 * SlackAnswers}. Nothing is queried for a refused command; each logs its one line.
 */
final class MxCommand implements SlashCommandHandler {

  private static final Logger LOG = LoggerFactory.getLogger(MxCommand.class);

  private final SlackGate gate;
  private final SlackLanguages languages;
  private final SlackAnswers answers;
  private final SlackRenderer renderer;
  private final InputPolicy policy;
  private final CommandEvents events;

  @Inject
  MxCommand(
      SlackGate gate,
      SlackLanguages languages,
      SlackAnswers answers,
      SlackRenderer renderer,
      InputPolicy policy,
      CommandEvents events) {
    this.gate = gate;
    this.languages = languages;
    this.answers = answers;
    this.renderer = renderer;
    this.policy = policy;
    this.events = events;
  }

  @Override
  public Response apply(SlashCommandRequest request, SlashCommandContext ctx) {
    SlashCommandPayload payload = request.getPayload();
    String lang = languages.defaultFor(payload.getTeamId(), payload.getChannelId());
    try {
      if (SlackWarmUp.isWarmUp(payload.getTeamId())) {
        return warmUp(payload, lang, ctx);
      }
      return answer(payload, lang, ctx);
    } catch (RuntimeException e) {
      String ref = ErrorRef.next();
      LOG.error("slack /mx could not be acknowledged, ref {}", ref, e);
      SlackAnswers.log(payload.getUserId(), "-", "failed", 0, ref);
      events.failed("slack");
      return ack(ctx, renderer.note(lang, "chat.error", Map.of("ref", ref)));
    }
  }

  private Response answer(SlashCommandPayload payload, String lang, SlashCommandContext ctx) {
    String team = payload.getTeamId();
    Optional<SlackMessage> notAllowed = gate.access(team, payload.getChannelId(), lang);
    if (notAllowed.isPresent()) {
      return refused(ctx, notAllowed.get(), payload, "-", "not_allowed");
    }
    String text = payload.getText() == null ? "" : payload.getText();
    ParsedRequest parsed = MxRequest.parse(text, new LinkedHashSet<>(policy.languages()));
    if (!parsed.isAccepted()) {
      return refused(
          ctx, renderer.refusal(parsed.refusal(), lang), payload, "-", parsed.refusal().rule());
    }
    String replyLang = parsed.request().lang().orElse(lang);
    ParsedDomain domain = policy.parse(parsed.request().domainInput());
    if (!domain.isAccepted()) {
      return refused(
          ctx,
          renderer.refusal(domain.refusal(), replyLang),
          payload,
          "-",
          domain.refusal().rule());
    }
    if (!ResponseUrl.isUsable(payload.getResponseUrl())) {
      return refused(
          ctx,
          renderer.note(replyLang, "chat.unanswerable", Map.of()),
          payload,
          domain.domain().ascii(),
          "no_response_url");
    }
    Optional<SlackMessage> slowDown = gate.rate(team, payload.getUserId(), replyLang);
    if (slowDown.isPresent()) {
      return refused(ctx, slowDown.get(), payload, domain.domain().ascii(), "rate_limited");
    }
    SlackAnswers.Job job =
        new SlackAnswers.Job(
            text,
            lang,
            team,
            payload.getUserId(),
            false,
            Optional.empty(),
            (message, inChannel) -> respond(ctx, message, inChannel));
    if (!answers.submit(job)) {
      return refused(ctx, answers.busy(replyLang), payload, domain.domain().ascii(), "busy");
    }
    return ack(
        ctx,
        renderer.note(replyLang, "chat.checking", Map.of("domain", domain.domain().unicode())));
  }

  /**
   * A {@link SlackWarmUp} request: parsed and acknowledged like a command that is let through, and
   * nothing more (no diagnosis, no log line, no metric).
   */
  private Response warmUp(SlashCommandPayload payload, String lang, SlashCommandContext ctx) {
    ParsedRequest parsed =
        MxRequest.parse(payload.getText(), new LinkedHashSet<>(policy.languages()));
    String domain = "example.com";
    if (parsed.isAccepted()) {
      ParsedDomain checked = policy.parse(parsed.request().domainInput());
      domain = checked.isAccepted() ? checked.domain().unicode() : domain;
    }
    return ack(ctx, renderer.note(lang, "chat.checking", Map.of("domain", domain)));
  }

  /** Answers in the ack alone (nothing is queried), with the command's one log line. */
  private Response refused(
      SlashCommandContext ctx,
      SlackMessage message,
      SlashCommandPayload payload,
      String domain,
      String why) {
    String verdict =
        switch (why) {
          case "rate_limited" -> {
            events.rateLimited("slack");
            yield why;
          }
          case "busy" -> {
            events.busy("slack");
            yield why;
          }
          default -> {
            events.refused("slack", why);
            yield "refused:" + why;
          }
        };
    SlackAnswers.log(payload.getUserId(), domain, verdict, 0, ErrorRef.next());
    return ack(ctx, message);
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
