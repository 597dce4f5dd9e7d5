package dev.mxbot.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mxbot.core.WatchBook;
import dev.mxbot.testing.PostgresServer;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Watches on a real PostgreSQL (Debian's, started by the test in a temporary directory): the engine
 * of several replicas. Skipped when it is missing, except under CI=true.
 */
@DisplayName("watches on PostgreSQL (required when CI=true)")
class PostgresWatchTest extends WatchContract {

  private static PostgresServer server;

  @BeforeAll
  static void startServer() throws Exception {
    server = PostgresServer.start();
  }

  @AfterAll
  static void stopServer() {
    if (server != null) {
      server.close();
    }
  }

  @Override
  String freshUrl() throws Exception {
    return server.createDatabase() + "?user=" + PostgresServer.USER;
  }

  @Test
  @DisplayName(
      "a replica killed with SIGKILL while re-checking, before sending: the other resumes the"
          + " watch and sends one message")
  void killedReplica() throws Exception {
    String url = freshUrl();
    StoredWatches survivor = open(url, FAST); // keeps the watch, not yet re-checking
    assertThat(survivor.start(watch("T1:U1", "example.it"))).isEqualTo(WatchBook.Started.STARTED);

    Process child =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                WatchReplicaMain.class.getName(),
                url)
            .redirectErrorStream(true)
            .start();
    try {
      CompletableFuture<Boolean> checking =
          CompletableFuture.supplyAsync(
              () -> {
                try (BufferedReader out =
                    new BufferedReader(
                        new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                  String line;
                  while ((line = out.readLine()) != null) {
                    if (line.startsWith("checking ")) {
                      return true;
                    }
                  }
                  return false;
                } catch (java.io.IOException e) {
                  return false;
                }
              });
      assertThat(checking.get(WAIT_S, TimeUnit.SECONDS))
          .as("the child replica picked the watch")
          .isTrue();
    } finally {
      child.destroyForcibly(); // SIGKILL: no shutdown hook, no clean-up, heartbeats stop
      child.waitFor(WAIT_S, TimeUnit.SECONDS);
    }

    World world = new World();
    world.zone.set(live("mx2.example.net."));
    survivor.start(world.run("survivor"));
    assertThat(world.next()).isEqualTo("survivor:example.it:LIVE");
    awaitGone(survivor);
    Thread.sleep(3 * FAST.interval().toMillis());
    assertThat(world.sent).as("no duplicate").isEmpty();
  }
}
