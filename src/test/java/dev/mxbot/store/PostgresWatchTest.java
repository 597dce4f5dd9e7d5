package dev.mxbot.store;

import dev.mxbot.testing.PostgresServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;

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
}
