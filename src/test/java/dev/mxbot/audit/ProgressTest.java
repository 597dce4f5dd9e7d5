package dev.mxbot.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.OptionalLong;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The progress line: done/total, rate, time left, errors. */
@DisplayName("audit progress")
class ProgressTest {

  private static final long MINUTE = 60_000_000_000L;

  @Test
  @DisplayName("done/total, lines per minute, ETA at that rate, errors")
  void line() {
    Progress progress = new Progress(OptionalLong.of(300), 0);
    for (int i = 0; i < 100; i++) {
      progress.finished(i < 2);
    }

    assertThat(progress.line(MINUTE)).isEqualTo("100/300 lines, 100/min, ETA 2m00s, 2 errors");
  }

  @Test
  @DisplayName("standard input: no total, no ETA")
  void unknownTotal() {
    Progress progress = new Progress(OptionalLong.empty(), 0);
    progress.finished(true);

    assertThat(progress.line(MINUTE)).isEqualTo("1 lines, 1/min, ETA ?, 1 error");
  }

  @Test
  @DisplayName("plain lines: the last state once at the end")
  void plainAtTheEnd() {
    Progress progress = new Progress(OptionalLong.of(1), System.nanoTime());
    StringWriter err = new StringWriter();
    PlainProgress display = new PlainProgress(progress, new PrintWriter(err), Duration.ofHours(1));
    progress.finished(false);
    display.update();

    display.close();

    assertThat(err.toString()).startsWith("audit: 1/1 lines, ").endsWith("0 errors\n");
    assertThat(err.toString().lines()).hasSize(1);
  }
}
