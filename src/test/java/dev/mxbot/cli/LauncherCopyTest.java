package dev.mxbot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The launcher the jar carries, written out where the launcher keeps its caches. */
@DisplayName("the jar's own launcher, written to the cache directory")
class LauncherCopyTest {

  @Test
  @DisplayName(
      "the launcher's own cache directory: MXBOT_CDS_DIR, else XDG_CACHE_HOME, else ~, else none")
  void sameDirectoryAsTheLauncher() {
    assertThat(
            LauncherCopy.cacheDirectory(
                Map.of("MXBOT_CDS_DIR", "/c", "XDG_CACHE_HOME", "/x", "HOME", "/h")))
        .contains(new File("/c"));
    assertThat(LauncherCopy.cacheDirectory(Map.of("XDG_CACHE_HOME", "/x", "HOME", "/h")))
        .contains(new File("/x/mxbot"));
    assertThat(LauncherCopy.cacheDirectory(Map.of("HOME", "/h")))
        .contains(new File("/h/.cache/mxbot"));
    assertThat(LauncherCopy.cacheDirectory(Map.of()))
        .as("no home: none, as the launcher")
        .isEmpty();
  }

  @Test
  @DisplayName("written once, byte for byte bin/mxbot; a file changed since is written again")
  void writtenOnceAndKeptExact(@TempDir Path cache) throws Exception {
    Map<String, String> env = Map.of("MXBOT_CDS_DIR", cache.resolve("made").toString());
    byte[] launcher = Files.readAllBytes(Path.of("bin", "mxbot"));

    File first = LauncherCopy.in(env).orElseThrow();
    assertThat(Files.readAllBytes(first.toPath())).isEqualTo(launcher);
    File second = LauncherCopy.in(env).orElseThrow();
    assertThat(second).isEqualTo(first);

    Files.writeString(first.toPath(), "#!/bin/sh\necho tampered\n");
    File third = LauncherCopy.in(env).orElseThrow();
    assertThat(Files.readAllBytes(third.toPath())).isEqualTo(launcher);
    try (var files = Files.list(cache.resolve("made"))) {
      assertThat(files).singleElement().isEqualTo(first.toPath()); // no temporary file left
    }
  }

  @Test
  @DisplayName("a cache directory that cannot be made: no copy, the check stays in its JVM")
  void nowhereToWrite(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("a-file"), "");
    assertThat(LauncherCopy.in(Map.of("MXBOT_CDS_DIR", file.resolve("sub").toString()))).isEmpty();
  }
}
