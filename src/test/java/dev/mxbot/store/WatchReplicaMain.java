package dev.mxbot.store;

import dev.mxbot.config.StoreSettings;
import dev.mxbot.core.WatchRun;
import java.time.Clock;
import java.util.Optional;

/**
 * A replica in a child JVM for {@link PostgresWatchTest}: re-checks the watches of the database
 * {@code args[0]} and, on its first re-check, says {@code checking <id>} and hangs before sending
 * anything — the moment the test kills it with SIGKILL.
 */
public final class WatchReplicaMain {

  private WatchReplicaMain() {}

  public static void main(String[] args) throws Exception {
    StoredWatches watches =
        StoredWatches.open(
            StoreSettings.DEFAULTS.withUrl(args[0]),
            Optional.empty(),
            WatchContract.FAST,
            Clock.systemUTC());
    WatchRun hang =
        (watch, now) -> {
          System.out.println("checking " + watch.id());
          System.out.flush();
          try {
            Thread.sleep(Long.MAX_VALUE);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          return new WatchRun.Retry("interrupted");
        };
    watches.start(hang);
    Thread.sleep(Long.MAX_VALUE);
  }
}
