package dev.mxbot.chat.slack;

import com.google.gson.JsonObject;
import com.slack.api.bolt.App;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.socket_mode.request.SocketModeRequestParser;
import com.slack.api.bolt.util.SlackRequestParser;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * Socket Mode's way in for the {@link SlackWarmUp}, before the connection to Slack opens: each
 * command an envelope as Slack sends it on the socket, read by Bolt's Socket Mode parser (the one
 * its client runs on every message), then its payload, marked with the {@link WarmUpKey} header,
 * run through the Bolt app as a Socket Mode request. What it leaves cold: the WebSocket frames and
 * the ack's way back on the socket. The key travels only inside the process: envelopes from Slack
 * carry no headers but Slack's retry ones, so no command from the socket can carry it.
 */
final class SocketModeWarmUpEntry implements SlackWarmUp.Entry {

  private final App app;
  private final WarmUpKey key;
  private final SocketModeRequestParser envelopes;
  private final SlackRequestParser requests;

  SocketModeWarmUpEntry(App app, WarmUpKey key) {
    this.app = app;
    this.key = key;
    this.envelopes = new SocketModeRequestParser(app.config());
    this.requests = new SlackRequestParser(app.config());
  }

  @Override
  public String mode() {
    return "socket";
  }

  @Override
  public int send(Map<String, String> command) throws IOException {
    JsonObject payload = new JsonObject();
    command.forEach(payload::addProperty);
    JsonObject envelope = new JsonObject();
    envelope.addProperty("envelope_id", "warm-up-" + command.get("trigger_id"));
    envelope.addProperty("type", "slash_commands");
    envelope.addProperty("accepts_response_payload", true);
    envelope.add("payload", payload);
    if (envelopes.parse(envelope.toString()) == null) {
      throw new IOException("Bolt took the warm-up envelope for no request");
    }
    Request<?> request =
        requests.parse(
            SlackRequestParser.HttpRequest.builder()
                .socketMode(true)
                .requestUri("")
                .remoteAddress("")
                .queryString(Map.of())
                .requestBody(payload.toString())
                .headers(new RequestHeaders(Map.of(WarmUpKey.HEADER, List.of(key.value()))))
                .build());
    try {
      return app.run(request).getStatusCode();
    } catch (IOException | RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IOException(e);
    }
  }
}
