package dev.mxbot.ops;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.Supplier;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * The ops routes: {@code /healthz} 200 while the process runs; {@code /readyz} 200 when every
 * started adapter is connected, else 503 with the reason; {@code /metrics} the Prometheus text
 * format. GET and HEAD only (405 otherwise); any other path 404. Safe for concurrent use.
 */
final class OpsRoutes extends Handler.Abstract {

  private static final String PROMETHEUS_TEXT = "text/plain; version=0.0.4; charset=utf-8";
  private static final String TEXT = "text/plain";

  private final Supplier<Readiness> readiness;
  private final PrometheusMeterRegistry registry;

  OpsRoutes(Supplier<Readiness> readiness, PrometheusMeterRegistry registry) {
    this.readiness = readiness;
    this.registry = registry;
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) {
    String path = Request.getPathInContext(request);
    if (!path.equals("/healthz") && !path.equals("/readyz") && !path.equals("/metrics")) {
      return answer(request, response, callback, 404, TEXT, "not found\n");
    }
    String method = request.getMethod();
    if (!"GET".equals(method) && !"HEAD".equals(method)) {
      response.getHeaders().put(HttpHeader.ALLOW, "GET, HEAD");
      return answer(request, response, callback, 405, TEXT, "method not allowed\n");
    }
    return switch (path) {
      case "/healthz" -> answer(request, response, callback, 200, TEXT, "ok\n");
      case "/readyz" -> ready(request, response, callback);
      default -> answer(request, response, callback, 200, PROMETHEUS_TEXT, registry.scrape());
    };
  }

  private boolean ready(Request request, Response response, Callback callback) {
    Optional<String> why = readiness.get().notReady();
    if (why.isPresent()) {
      return answer(request, response, callback, 503, TEXT, "not ready: " + why.get() + "\n");
    }
    return answer(request, response, callback, 200, TEXT, "ready\n");
  }

  private static boolean answer(
      Request request, Response response, Callback callback, int status, String type, String body) {
    response.setStatus(status);
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, type);
    if ("HEAD".equals(request.getMethod())) {
      response
          .getHeaders()
          .put(HttpHeader.CONTENT_LENGTH, body.getBytes(StandardCharsets.UTF_8).length);
      response.write(true, null, callback);
    } else {
      Content.Sink.write(response, true, body, callback);
    }
    return true;
  }
}
