package dev.mxbot.chat.slack;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mxbot.testing.FakeSlack;
import dev.mxbot.testing.SlackHttpRun;
import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.UnaryOperator;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * "Checking mx-2016.it…" must come before the answer, however fast the diagnosis: in HTTP mode the
 * diagnosis starts only once Jetty has finished writing the ack.
 */
@DisplayName("Slack, HTTP mode: the ack before the answer")
class SlackAckOrderTest {

  private static final long SLOW_ACK_MS = 700;

  @Test
  @DisplayName(
      "when writing the ack takes 0.7 s, the (fast) answer still waits for it to be written")
  void answerWaitsForTheAck() throws Exception {
    AtomicLong ackWritten = new AtomicLong();
    AtomicBoolean slow = new AtomicBoolean();
    try (SlackHttpRun run = SlackHttpRun.start(slowAck(slow, ackWritten))) {
      // A first command, so that the diagnosis below is quick (a JVM's first one is not).
      run.post(run.slashCommand("mx-2016.it", "first"));
      run.slack.nextResponse(10);
      slow.set(true);

      HttpResponse<String> ack = run.post(run.slashCommand("mx-2016.it", "ordered"));
      assertThat(ack.body()).contains("Checking mx-2016.it");

      FakeSlack.Posted answer = run.slack.nextResponse(10);

      assertThat(answer.path()).isEqualTo("/respond/ordered");
      assertThat(ackWritten.get()).as("the ack's write completed").isPositive();
      assertThat(answer.arrivedNanos()).isGreaterThanOrEqualTo(ackWritten.get());
    }
  }

  /**
   * Wraps the adapter's handler so that, once {@code slow} is set, each ack's write completes
   * {@link #SLOW_ACK_MS} late (only Jetty's completion is held back) and records when it completed.
   */
  private static UnaryOperator<Handler> slowAck(AtomicBoolean slow, AtomicLong completedAt) {
    return slack ->
        new Handler.Wrapper(slack) {
          @Override
          public boolean handle(Request request, Response response, Callback callback)
              throws Exception {
            Callback acked = slow.get() ? delayed(callback, completedAt) : callback;
            return super.handle(request, response, acked);
          }
        };
  }

  private static Callback delayed(Callback callback, AtomicLong completedAt) {
    return new Callback() {
      @Override
      public void succeeded() {
        try {
          Thread.sleep(SLOW_ACK_MS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        completedAt.set(System.nanoTime());
        callback.succeeded();
      }

      @Override
      public void failed(Throwable failure) {
        callback.failed(failure);
      }
    };
  }
}
