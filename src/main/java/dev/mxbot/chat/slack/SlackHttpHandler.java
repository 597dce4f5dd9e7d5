package dev.mxbot.chat.slack;

import com.slack.api.bolt.App;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.util.SlackRequestParser;
import dev.mxbot.chat.ErrorRef;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Slack's HTTP requests at {@code slack.http.path}: 405 for anything but POST, 413 for a body over
 * 64 KB, 415 for a body that is neither a form nor JSON, 401 before the body is read when the
 * signature header is not shaped {@code v0=} + 64 hex or the timestamp is outside the window; the
 * body is then read by {@link BodyReads} ({@code slack.http.maxBodyReads} at once: 503 when its
 * slots are taken, 408 when it stalls past the deadline); 401 when the signature does not verify,
 * 409 for a replay (a signature already accepted), 400 for a signed body Bolt cannot read (a
 * malformed percent-escape or JSON, or no command, action or event in it: one WARN line naming the
 * failure's class, never the body nor a stack trace); else the request becomes Bolt's {@code
 * Request} ({@link SlackRequestParser}) and Bolt's response is written back. Other paths are not
 * handled (Jetty answers 404). Safe for concurrent use.
 */
final class SlackHttpHandler extends Handler.Abstract {

  static final int MAX_BODY = 64 * 1024;

  /**
   * A refused body up to this size is read and dropped before the 413: closing a connection with
   * unread bytes makes TCP reset it, and the client may then lose the answer. A larger one is not
   * worth reading; its sender may see the connection reset instead.
   */
  static final int DRAIN_LIMIT = 1024 * 1024;

  private static final Logger LOG = LoggerFactory.getLogger(SlackHttpHandler.class);

  private final String path;
  private final SignatureVerifier verifier;
  private final RecentSignatures recent;
  private final App app;
  private final AckSignals acks;
  private final SlackRequestParser parser;
  private final BodyReads bodies;

  SlackHttpHandler(
      String path, SignatureVerifier verifier, App app, AckSignals acks, int maxBodyReads) {
    this.path = path;
    this.acks = acks;
    this.bodies = new BodyReads(maxBodyReads);
    this.verifier = verifier;
    this.recent = new RecentSignatures(verifier.clock());
    this.app = app;
    this.parser = new SlackRequestParser(app.config());
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) throws Exception {
    if (!path.equals(Request.getPathInContext(request))) {
      return false;
    }
    if (!"POST".equals(request.getMethod())) {
      response.getHeaders().put(HttpHeader.ALLOW, "POST");
      return unread(response, callback, 405, "method not allowed");
    }
    if (request.getLength() > MAX_BODY) {
      if (request.getLength() > DRAIN_LIMIT) {
        return unread(response, callback, 413, "request too large");
      }
      Content.Source.consumeAll(request);
      return reply(response, callback, 413, "text/plain", "request too large");
    }
    if (!isSlackContentType(request.getHeaders().get(HttpHeader.CONTENT_TYPE))) {
      return unread(response, callback, 415, "unsupported content type");
    }
    String timestamp = request.getHeaders().get("X-Slack-Request-Timestamp");
    String signature = request.getHeaders().get("X-Slack-Signature");
    if (!verifier.plausible(timestamp, signature)) {
      return unread(response, callback, 401, "invalid signature");
    }
    Optional<CompletableFuture<byte[]>> reading = bodies.read(request, MAX_BODY);
    if (reading.isEmpty()) {
      return unread(response, callback, 503, "busy, try again");
    }
    reading
        .get()
        .whenComplete(
            (body, failure) -> {
              try {
                if (failure == null) {
                  signed(request, response, callback, body, timestamp, signature);
                } else {
                  unfinished(response, callback, failure);
                }
              } catch (Throwable e) {
                callback.failed(e);
              }
            });
    return true;
  }

  /** A body that did not arrive whole: 408 when it stalled, 413 when too large; else dropped. */
  private static void unfinished(Response response, Callback callback, Throwable failure) {
    Throwable cause = failure instanceof CompletionException ? failure.getCause() : failure;
    if (cause instanceof TimeoutException) {
      LOG.debug("slack http: request body unfinished after {}", BodyReads.DEADLINE);
      unread(response, callback, 408, "request body too slow");
    } else if (!(cause instanceof IOException)) { // Jetty: "Max size exceeded"
      unread(response, callback, 413, "request too large");
    } else {
      callback.failed(cause); // the client went away mid-body: nobody to answer
    }
  }

  private void signed(
      Request request,
      Response response,
      Callback callback,
      byte[] body,
      String timestamp,
      String signature) {
    if (!verifier.verify(timestamp, body, signature)) {
      reply(response, callback, 401, "text/plain", "invalid signature");
      return;
    }
    if (!recent.firstTime(signature, Long.parseLong(timestamp))) {
      LOG.warn("slack http: replayed request refused");
      reply(response, callback, 409, "text/plain", "replayed request");
      return;
    }
    com.slack.api.bolt.request.Request<?> parsed;
    try {
      parsed = parser.parse(boltRequest(request, body));
    } catch (RuntimeException e) {
      LOG.warn("slack http: malformed request refused ({})", e.getClass().getSimpleName());
      reply(response, callback, 400, "text/plain", "malformed request");
      return;
    }
    if (parsed == null) {
      LOG.warn("slack http: request of no known kind refused");
      reply(response, callback, 400, "text/plain", "unknown request");
      return;
    }
    com.slack.api.bolt.response.Response answer;
    CompletableFuture<Void> acked = acks.open(parsed.getContext());
    Callback thenAcked = new AckedCallback(callback, acked);
    try {
      answer = app.run(parsed);
    } catch (Exception e) {
      String ref = ErrorRef.next();
      LOG.error("slack http: request failed, ref {}", ref, e);
      reply(response, thenAcked, 500, "text/plain", "internal error, ref " + ref);
      return;
    }
    String type = answer.getContentType() == null ? "text/plain" : answer.getContentType();
    String text = answer.getBody() == null ? "" : answer.getBody();
    reply(response, thenAcked, answer.getStatusCode(), type, text);
  }

  /** Jetty's callback for the ack, which then completes the request's {@link AckSignals}. */
  private record AckedCallback(Callback callback, CompletableFuture<Void> acked)
      implements Callback {
    @Override
    public void succeeded() {
      try {
        callback.succeeded();
      } finally {
        acked.complete(null);
      }
    }

    @Override
    public void failed(Throwable failure) {
      try {
        callback.failed(failure);
      } finally {
        acked.complete(null);
      }
    }

    @Override
    public InvocationType getInvocationType() {
      return callback.getInvocationType();
    }
  }

  /** Slack posts commands and interactions as forms, events as JSON; a charset may follow. */
  private static boolean isSlackContentType(String contentType) {
    if (contentType == null) {
      return false;
    }
    String mediaType = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    return mediaType.equals("application/x-www-form-urlencoded")
        || mediaType.equals("application/json");
  }

  private SlackRequestParser.HttpRequest boltRequest(Request request, byte[] body) {
    Map<String, List<String>> headers = new LinkedHashMap<>();
    for (HttpField field : request.getHeaders()) {
      headers.computeIfAbsent(field.getName(), n -> new ArrayList<>()).add(field.getValue());
    }
    Map<String, List<String>> query = new LinkedHashMap<>();
    Fields fields = Request.extractQueryParameters(request);
    fields.forEach(f -> query.put(f.getName(), f.getValues()));
    return SlackRequestParser.HttpRequest.builder()
        .requestUri(path)
        .queryString(query)
        .headers(new RequestHeaders(headers))
        .requestBody(new String(body, StandardCharsets.UTF_8))
        .remoteAddress(Request.getRemoteAddr(request))
        .build();
  }

  /**
   * A refusal sent without reading the request's body (or all of it): the connection is closed
   * after it, and the answer says so ({@code Connection: close}), so that a client does not send
   * its next request on a connection the server is closing (it would get no answer at all).
   */
  private static boolean unread(Response response, Callback callback, int status, String text) {
    response.getHeaders().put(HttpHeader.CONNECTION, "close");
    return reply(response, callback, status, "text/plain", text);
  }

  private static boolean reply(
      Response response, Callback callback, int status, String type, String body) {
    response.setStatus(status);
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, type);
    if (status >= 400) {
      LOG.debug("slack http: answered {}", status);
    }
    Content.Sink.write(response, true, body, callback);
    return true;
  }
}
