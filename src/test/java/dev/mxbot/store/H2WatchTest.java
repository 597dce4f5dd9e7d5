package dev.mxbot.store;

import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.io.TempDir;

/** Watches on the embedded H2 file database, in a temporary directory. */
@DisplayName("watches on H2 (embedded)")
class H2WatchTest extends WatchContract {

  @TempDir Path dir;

  private int count;

  @Override
  String freshUrl() {
    return "jdbc:h2:file:" + dir.resolve("db" + (++count)).resolve("mxbot").toAbsolutePath();
  }
}
