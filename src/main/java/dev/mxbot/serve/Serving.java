package dev.mxbot.serve;

import dev.mxbot.chat.ChatService;
import dev.mxbot.chat.CommandExecutor;
import dev.mxbot.chat.Pipelines;
import dev.mxbot.ops.OpsServer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code serve} while it runs: the ops listener, then every chat service, started in order; all or
 * nothing — when one fails to start, those already started are stopped and the failure goes up
 * (start-up stops with its message and a non-zero exit), so no half-configured bot reports ready.
 * {@link #stop()} is the SIGTERM path: {@code /readyz} turns 503, no new work is taken (new
 * commands are answered "busy"), answers in flight finish within the grace period, then the chat
 * connections and the listener close.
 */
public final class Serving {

  private static final Logger LOG = LoggerFactory.getLogger(Serving.class);

  private final List<ChatService> services;
  private final OpsServer ops;
  private final CommandExecutor executor;
  private final Pipelines pipelines;
  private final Duration grace;
  private final List<ChatService> started = new ArrayList<>();

  public Serving(Application app, List<ChatService> services, Duration grace) {
    this.services = List.copyOf(services);
    this.ops = app.get(OpsServer.class);
    this.executor = app.get(CommandExecutor.class);
    this.pipelines = app.get(Pipelines.class);
    this.grace = grace;
  }

  /** Opens the ops listener, then starts each service; on a failure stops everything, rethrows. */
  public synchronized void start() throws Exception {
    executor.keepWarm();
    pipelines.keepWarm();
    ops.start(services);
    for (ChatService service : services) {
      try {
        service.start();
      } catch (Exception | Error e) {
        LOG.error(
            "{} could not start ({}); stopping{}",
            service.name(),
            e.getClass().getSimpleName(),
            started.isEmpty() ? "" : " " + names(started) + " too");
        service.stop();
        started.forEach(ChatService::stop);
        started.clear();
        ops.stop();
        throw e;
      }
      started.add(service);
      LOG.info("{} started", service.name());
    }
  }

  /** The ops listener's port (tests; 0 in the configuration picks a free one). */
  public int opsPort() {
    return ops.port();
  }

  /** Drains and closes, in that order, within about {@code grace}; idempotent. */
  public synchronized void stop() {
    LOG.info("stopping: finishing the answers in flight (up to {} s)", grace.toSeconds());
    ops.stopping();
    long until = System.nanoTime() + grace.toNanos();
    executor.shutdown(Math.max(1, grace.toSeconds()));
    if (executor.inFlight() > 0) {
      LOG.warn("stopping with {} diagnoses unfinished after {} s", executor.inFlight(), grace);
    }
    // Finished reports are sent by the answer threads: let each service's answers go out too.
    for (ChatService service : started) {
      Duration left = Duration.ofNanos(Math.max(0, until - System.nanoTime()));
      if (!service.awaitAnswered(left.plusMillis(100))) {
        LOG.warn("{}: stopping with answers not yet sent", service.name());
      }
    }
    started.forEach(ChatService::stop);
    started.clear();
    ops.stop();
    LOG.info("stopped");
  }

  private static String names(List<ChatService> list) {
    return list.stream().map(ChatService::name).collect(Collectors.joining(", "));
  }
}
