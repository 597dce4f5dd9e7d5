package dev.mxbot.bench;

import dev.mxbot.chat.slack.SlackHttpInstrumentation;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.EventsHandler;

/**
 * Times the Slack adapter's HTTP answers server-side, inside its Jetty: from {@link
 * Request#getBeginNanoTime()} (the request's first bytes reached the connector) to the completed
 * write of the last response bytes. Installed as the adapter's {@link SlackHttpInstrumentation};
 * changes nothing in what the adapter answers. Safe for concurrent use.
 */
final class AckTimes implements SlackHttpInstrumentation {

  private final ConcurrentLinkedQueue<Double> millis = new ConcurrentLinkedQueue<>();

  @Override
  public Handler wrap(Handler slackHandler) {
    return new EventsHandler(slackHandler) {
      @Override
      protected void onResponseWriteComplete(
          Request request, boolean last, ByteBuffer content, Throwable failure) {
        if (last && failure == null) {
          millis.add((System.nanoTime() - request.getBeginNanoTime()) / 1e6);
        }
      }
    };
  }

  /**
   * The times recorded since the last call, in ms, once there are {@code expected} of them (a
   * client can read a response before Jetty reports its write complete) or after 2 s; forgets them.
   */
  List<Double> drain(int expected) throws InterruptedException {
    long deadline = System.nanoTime() + 2_000_000_000L;
    while (millis.size() < expected && System.nanoTime() < deadline) {
      Thread.sleep(1);
    }
    return drain();
  }

  /** The times recorded since the last call, in ms; forgets them. */
  List<Double> drain() {
    List<Double> drained = new ArrayList<>();
    for (Double m = millis.poll(); m != null; m = millis.poll()) {
      drained.add(m);
    }
    return drained;
  }
}
