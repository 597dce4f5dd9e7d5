package dev.mxbot.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * {@code mxbot demo} on a real terminal: run under {@code script}, which gives it a
 * pseudo-terminal, the console picks JLine's line editor, and the up arrow (as an xterm sends it
 * once JLine has switched the cursor keys to application mode) recalls the last domain. Skipped
 * where {@code script} (util-linux) is missing. Waits only for what the console prints, each wait
 * bounded.
 */
@DisplayName("mxbot demo on a real terminal")
class ConsoleOnTerminalTest {

  private static final Path SCRIPT = Path.of("/usr/bin/script");
  private static final long WAIT_MILLIS = 60_000;
  private static final String REPORT = "Mail DNS of ovh-customer.it";
  private static final String READING = "\u001B[?2004h";

  private final StringBuffer screen = new StringBuffer();

  @Test
  @DisplayName("up arrow then Enter checks the previous domain again")
  void upArrowOnPty() throws Exception {
    assumeTrue(Files.isExecutable(SCRIPT), "script (util-linux) is not installed");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String mxbot =
        String.join(
            " ",
            quote(java),
            "-cp",
            quote(System.getProperty("java.class.path")),
            Main.class.getName(),
            "demo",
            "--config",
            "bot-config");
    ProcessBuilder builder =
        new ProcessBuilder(SCRIPT.toString(), "-qfec", mxbot, "/dev/null")
            .redirectErrorStream(true);
    builder.environment().put("TERM", "xterm");
    Process process = builder.start();
    try {
      Thread reader = new Thread(() -> copy(process.getInputStream()), "pty-screen");
      reader.setDaemon(true);
      reader.start();
      OutputStream keys = process.getOutputStream();

      awaitPrompt(0);
      type(keys, "ovh-customer.it\r");
      awaitCount(REPORT, 1);
      awaitPrompt(1);
      type(keys, "\u001BOA\r");
      awaitCount(REPORT, 2);
      awaitPrompt(2);
      type(keys, "quit\r");

      assertThat(process.waitFor(WAIT_MILLIS, TimeUnit.MILLISECONDS))
          .as(screen.toString())
          .isTrue();
      assertThat(process.exitValue()).as(screen.toString()).isZero();
      assertThat(screen).doesNotContain("U+001B").contains("Bye.");
    } finally {
      process.destroyForcibly();
    }
  }

  private static String quote(String word) {
    return "'" + word.replace("'", "'\\''") + "'";
  }

  private static void type(OutputStream keys, String text) throws IOException {
    keys.write(text.getBytes(StandardCharsets.UTF_8));
    keys.flush();
  }

  private void copy(InputStream in) {
    byte[] buffer = new byte[8192];
    try {
      int n;
      while ((n = in.read(buffer)) > 0) {
        screen.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
      }
    } catch (IOException closed) {
      // The process ended.
    }
  }

  /**
   * Waits until JLine reads line number {@code reads + 1}: it turns bracketed paste on ({@code ESC
   * [ ? 2004 h}) each time it starts reading a line.
   */
  private void awaitPrompt(int reads) throws InterruptedException {
    awaitCount(READING, reads + 1);
  }

  private void awaitCount(String text, int count) throws InterruptedException {
    await(() -> Pattern.compile(Pattern.quote(text)).matcher(screen).results().count() >= count);
  }

  private void await(java.util.function.BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(WAIT_MILLIS);
    while (!condition.getAsBoolean()) {
      assertThat(System.nanoTime() < deadline)
          .as("waiting for the console; screen:\n" + screen)
          .isTrue();
      Thread.sleep(50);
    }
  }
}
