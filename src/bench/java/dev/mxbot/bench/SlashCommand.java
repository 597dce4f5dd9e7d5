package dev.mxbot.bench;

import dev.mxbot.chat.slack.SlackSignature;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One {@code /mx} as Slack POSTs it in HTTP mode: the form-encoded body, its timestamp and its
 * {@code v0=} signature (HMAC-SHA256 of {@code v0:<timestamp>:<body>} with the signing secret).
 * Immutable.
 *
 * @param id the command's id, the last segment of its response_url
 * @param body the form body
 * @param timestamp {@code X-Slack-Request-Timestamp}
 * @param signature {@code X-Slack-Signature}
 */
record SlashCommand(String id, String body, String timestamp, String signature) {

  /** {@code /mx <text>} typed by {@code user}, answered at {@code responseUrl}, signed now. */
  static SlashCommand signed(
      String id, String text, String user, String responseUrl, String signingSecret) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("token", "legacy-verification-token");
    form.put("team_id", "TBENCH");
    form.put("team_domain", "bench");
    form.put("channel_id", "CBENCH");
    form.put("channel_name", "support");
    form.put("user_id", user);
    form.put("user_name", "agent");
    form.put("command", "/mx");
    form.put("text", text);
    form.put("api_app_id", "ABENCH");
    form.put("response_url", responseUrl);
    form.put("trigger_id", "398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c");
    String body =
        form.entrySet().stream()
            .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    String timestamp = String.valueOf(System.currentTimeMillis() / 1000);
    return new SlashCommand(
        id, body, timestamp, SlackSignature.sign(signingSecret, timestamp, body));
  }

  /** The request as the benchmark's {@link AckClient} sends it. */
  AckClient.Request request() {
    return new AckClient.Request(
        Map.of(
            "Content-Type", "application/x-www-form-urlencoded",
            "X-Slack-Request-Timestamp", timestamp,
            "X-Slack-Signature", signature),
        body);
  }
}
