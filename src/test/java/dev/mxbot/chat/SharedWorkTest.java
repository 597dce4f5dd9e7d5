package dev.mxbot.chat;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mxbot.testing.DemoWorld;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Two agents asking about the same customer at once cost one set of DNS queries. */
@DisplayName("Shared work between commands")
class SharedWorkTest {

  @Test
  @DisplayName("two simultaneous /mx for one domain share one diagnosis, and a third reuses it")
  void joinedAndCached() throws Exception {
    try (DemoWorld world = DemoWorld.start()) {
      RequestPipeline router = world.app.get(Pipelines.class).create(Platform.CONSOLE);
      router.answer(Caller.console(), "mx-legacy.it", "en").get(0);
      int single = world.server.queries().size();
      world.server.resetLog();

      try (DemoWorld fresh = DemoWorld.start()) {
        fresh.server.delayAll(Duration.ofMillis(100));
        RequestPipeline shared = fresh.app.get(Pipelines.class).create(Platform.CONSOLE);
        CompletableFuture<Outcome> first =
            CompletableFuture.supplyAsync(
                () -> shared.answer(Caller.console(), "mx-legacy.it", "en").get(0));
        CompletableFuture<Outcome> second =
            CompletableFuture.supplyAsync(
                () -> shared.answer(Caller.console(), "MX-Legacy.it.", "it").get(0));

        assertThat(report(first.get()).findings()).isEqualTo(report(second.get()).findings());
        assertThat(report(second.get()).input()).isEqualTo("MX-Legacy.it.");
        assertThat(fresh.server.queries()).hasSize(single);

        shared.answer(Caller.console(), "mx-legacy.it", "en").get(0);
        assertThat(fresh.server.queries()).hasSize(single);
        SharedDiagnoses work = fresh.app.get(SharedDiagnoses.class);
        assertThat(work.joined() + work.cacheHits()).isEqualTo(2);
      }
    }
  }

  private static dev.mxbot.core.Report report(Outcome outcome) {
    return ((Outcome.Answered) outcome).report();
  }

  @Test
  @DisplayName("a partial report is never reused: the next command asks again")
  void partialNotCached() throws Exception {
    try (DemoWorld world = DemoWorld.start()) {
      RequestPipeline router = world.app.get(Pipelines.class).create(Platform.CONSOLE);
      router.answer(Caller.console(), "slow-dns.it", "en").get(0);
      world.server.resetLog();

      router.answer(Caller.console(), "slow-dns.it", "en").get(0);

      assertThat(world.server.queries()).isNotEmpty();
    }
  }
}
