package dev.mxbot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mxbot.chat.CommandOutcome;
import dev.mxbot.chat.CommandRouter;
import dev.mxbot.chat.SharedDiagnoses;
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
      CommandRouter router = world.app.get(CommandRouter.class);
      router.handle("mx-legacy.it", "en");
      int single = world.server.queries().size();
      world.server.resetLog();

      try (DemoWorld fresh = DemoWorld.start()) {
        fresh.server.delayAll(Duration.ofMillis(100));
        CommandRouter shared = fresh.app.get(CommandRouter.class);
        CompletableFuture<CommandOutcome> first =
            CompletableFuture.supplyAsync(() -> shared.handle("mx-legacy.it", "en"));
        CompletableFuture<CommandOutcome> second =
            CompletableFuture.supplyAsync(() -> shared.handle("MX-Legacy.it.", "it"));

        assertThat(first.get().report().findings()).isEqualTo(second.get().report().findings());
        assertThat(second.get().report().input()).isEqualTo("MX-Legacy.it.");
        assertThat(fresh.server.queries()).hasSize(single);

        shared.handle("mx-legacy.it", "en");
        assertThat(fresh.server.queries()).hasSize(single);
        SharedDiagnoses work = fresh.app.get(SharedDiagnoses.class);
        assertThat(work.joined() + work.cacheHits()).isEqualTo(2);
      }
    }
  }

  @Test
  @DisplayName("a partial report is never reused: the next command asks again")
  void partialNotCached() throws Exception {
    try (DemoWorld world = DemoWorld.start()) {
      CommandRouter router = world.app.get(CommandRouter.class);
      router.handle("slow-dns.it", "en");
      world.server.resetLog();

      router.handle("slow-dns.it", "en");

      assertThat(world.server.queries()).isNotEmpty();
    }
  }
}
