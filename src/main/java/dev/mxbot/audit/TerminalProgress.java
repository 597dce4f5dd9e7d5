package dev.mxbot.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.jline.utils.AttributedString;
import org.jline.utils.Status;

/**
 * Progress as a bar in the terminal's status line (JLine's {@link Status}): {@code [#####.....]
 * 120/1000 lines, 300/min, ETA 2m56s, 0 errors}, redrawn at most a few times a second. Thread safe.
 */
public final class TerminalProgress implements ProgressDisplay {

  private static final long REDRAW_NANOS = 200_000_000L;
  private static final int BAR = 30;

  private final Progress progress;
  private final Terminal terminal;
  private final Status status;
  private long lastDrawn;

  private TerminalProgress(Progress progress, Terminal terminal) {
    this.progress = progress;
    this.terminal = terminal;
    this.status = Status.getStatus(terminal);
  }

  /** A bar on the process's terminal. */
  public static TerminalProgress open(Progress progress) {
    try {
      return new TerminalProgress(progress, TerminalBuilder.builder().system(true).build());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public synchronized void update() {
    long now = System.nanoTime();
    if (now - lastDrawn >= REDRAW_NANOS) {
      lastDrawn = now;
      draw(now);
    }
  }

  private void draw(long now) {
    StringBuilder bar = new StringBuilder("[");
    long total = progress.total().orElse(0);
    int filled = total > 0 ? (int) Math.min(BAR, progress.done() * BAR / total) : 0;
    bar.append("#".repeat(filled)).append(".".repeat(BAR - filled)).append("] ");
    bar.append(progress.line(now));
    if (status != null) {
      status.update(List.of(new AttributedString(bar.toString())));
    } else {
      terminal.writer().print("\r" + bar);
      terminal.flush();
    }
  }

  @Override
  public synchronized void close() {
    draw(System.nanoTime());
    String last = "audit: " + progress.line(System.nanoTime());
    if (status != null) {
      status.update(List.of());
      status.close();
    } else {
      terminal.writer().println();
    }
    terminal.writer().println(last);
    terminal.flush();
    try {
      terminal.close();
    } catch (IOException e) {
      // the terminal is the process's: nothing left to do
    }
  }
}
