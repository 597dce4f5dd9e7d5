package dev.mxbot.chat.slack;

import dev.mxbot.chat.Outcome;
import dev.mxbot.chat.ParsedRequest;
import dev.mxbot.chat.Reply;
import dev.mxbot.core.CustomerReply;
import dev.mxbot.core.DomainName;
import dev.mxbot.render.slack.SlackMessage;
import dev.mxbot.render.slack.SlackRenderer;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Slack's message for each {@link Outcome}: the report with its buttons (private answers only) and
 * "shared by", the refusal, or the short text of the other outcomes; and the {@link Reply} that
 * sends it through a {@link Delivery}. Safe for concurrent use.
 */
final class SlackReplies {

  private final SlackRenderer renderer;

  @Inject
  SlackReplies(SlackRenderer renderer) {
    this.renderer = renderer;
  }

  /** The message of an outcome decided at once (it has no buttons). */
  SlackMessage message(Outcome outcome) {
    return message(outcome, Optional.empty(), Optional.empty(), true);
  }

  /** "Checking caffè.it…" (several domains: "Checking a.it, b.it…"). */
  SlackMessage checking(String lang, List<DomainName> domains) {
    String names = domains.stream().map(DomainName::unicode).collect(Collectors.joining(", "));
    return renderer.note(lang, "chat.checking", Map.of("domain", names));
  }

  /**
   * What a report's buttons run again: that report's domain with the request's options, in the
   * command's default language ({@link ButtonValue}).
   */
  static Function<Outcome, Optional<String>> buttons(String lang, ParsedRequest parsed) {
    return outcome ->
        outcome instanceof Outcome.Answered answered && parsed.isAccepted()
            ? new ButtonValue(lang, parsed.request().commandText(answered.report().input()))
                .encode()
            : Optional.empty();
  }

  /**
   * The final answers of an accepted command, sent through {@code delivery}: in the channel when
   * {@code share} or the request asked for it (then without buttons), else privately with the
   * {@code buttons} value of each report; {@code sharedBy} names who shared it. The customer reply
   * ({@code reply=xx}) is for the agent alone: under a private report; never in the channel — when
   * the request itself asked for {@code share}, it follows as its own private message; a report
   * shared with the button is posted without it (the agent already has it).
   */
  Reply reply(
      Delivery delivery,
      boolean share,
      Function<Outcome, Optional<String>> buttons,
      Optional<String> sharedBy) {
    return outcome -> {
      boolean inChannel =
          outcome instanceof Outcome.Answered answered && (share || answered.share());
      try {
        Optional<String> value = inChannel ? Optional.empty() : buttons.apply(outcome);
        delivery.send(message(outcome, value, sharedBy, !inChannel), inChannel);
        if (inChannel && !share && outcome instanceof Outcome.Answered answered) {
          Optional<CustomerReply> reply = answered.customerReply();
          if (reply.isPresent()) {
            delivery.send(renderer.customerReply(reply.get(), answered.lang()), false);
          }
        }
        return CompletableFuture.completedFuture(null);
      } catch (Exception e) {
        return CompletableFuture.failedFuture(e);
      }
    };
  }

  private SlackMessage message(
      Outcome outcome, Optional<String> buttons, Optional<String> sharedBy, boolean privately) {
    if (outcome instanceof Outcome.Answered answered) {
      return renderer.report(
          answered.report(),
          answered.lang(),
          answered.notices(),
          buttons,
          sharedBy,
          privately ? answered.customerReply() : Optional.empty());
    }
    if (outcome instanceof Outcome.Refused refused) {
      return renderer.refusal(refused.refusal(), refused.lang());
    }
    return renderer.note(outcome.lang(), outcome.messageKey(), outcome.params());
  }
}
