package dev.mxbot.bench;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The soak: sends a mix of {@code /mx} commands at a steady rate for a long time and, every
 * interval, prints heap in use after GC, live threads, the p99 latency of the interval, commands
 * done and errors. A slow leak shows as a heap or thread figure that keeps rising.
 */
public final class Soak {

  /**
   * What to run.
   *
   * @param duration how long
   * @param interval how often to print a line
   * @param perSecond commands started per second
   * @param workers commands running at once at most
   * @param mix the command texts, sent in turn
   */
  public record Settings(
      Duration duration, Duration interval, int perSecond, int workers, List<String> mix) {
    public Settings {
      mix = List.copyOf(mix);
    }
  }

  /** The whole run, for the caller's exit code. */
  public record Totals(long commands, long errors, long shed) {}

  private final Settings settings;
  private final SoakTarget target;
  private final Runnable housekeeping;
  private final PrintWriter out;
  private final ProcessFigures process = new ProcessFigures();

  /**
   * @param housekeeping runs before each line, e.g. to clear the in-process DNS servers' query log
   *     so that the heap figure is mxbot's alone
   */
  public Soak(Settings settings, SoakTarget target, Runnable housekeeping, PrintWriter out) {
    this.settings = settings;
    this.target = target;
    this.housekeeping = housekeeping;
    this.out = out;
  }

  /** Runs for the whole duration; blocking. */
  public Totals run() throws InterruptedException {
    SoakWindow window = new SoakWindow();
    AtomicLong sent = new AtomicLong();
    ThreadPoolExecutor workers =
        new ThreadPoolExecutor(
            settings.workers(),
            settings.workers(),
            30,
            TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(settings.perSecond() * 2));
    ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor();
    long periodNanos = 1_000_000_000L / settings.perSecond();
    out.printf(
        Locale.ROOT,
        "soak: %d commands/s for %s, a line every %s%n",
        settings.perSecond(),
        settings.duration(),
        settings.interval());
    out.flush();
    Totals totals = new Totals(0, 0, 0);
    try {
      clock.scheduleAtFixedRate(
          () -> send(workers, window, sent.getAndIncrement()),
          0,
          periodNanos,
          TimeUnit.NANOSECONDS);
      totals = printLines(window);
    } finally {
      clock.shutdownNow();
      workers.shutdown();
      workers.awaitTermination(30, TimeUnit.SECONDS);
    }
    // The commands still running at the end count too.
    SoakWindow.Figures rest = window.drain();
    totals =
        new Totals(
            totals.commands() + rest.latency().count(),
            totals.errors() + rest.errors(),
            totals.shed() + rest.shed());
    out.printf(
        Locale.ROOT,
        "soak done: %d commands, %d errors, %d shed (all workers busy)%n",
        totals.commands(),
        totals.errors(),
        totals.shed());
    out.flush();
    return totals;
  }

  /** Prints a line every interval until the end; the totals of those lines. */
  private Totals printLines(SoakWindow window) throws InterruptedException {
    long commands = 0;
    long errors = 0;
    long shed = 0;
    long start = System.nanoTime();
    long end = start + settings.duration().toNanos();
    int line = 0;
    while (System.nanoTime() < end) {
      long next = Math.min(end, start + (line + 1) * settings.interval().toNanos());
      TimeUnit.NANOSECONDS.sleep(Math.max(0, next - System.nanoTime()));
      line++;
      housekeeping.run();
      SoakWindow.Figures figures = window.drain();
      commands += figures.latency().count();
      errors += figures.errors();
      shed += figures.shed();
      print((System.nanoTime() - start) / 1_000_000_000L, figures);
    }
    return new Totals(commands, errors, shed);
  }

  private void send(ThreadPoolExecutor workers, SoakWindow window, long n) {
    String text = settings.mix().get((int) (n % settings.mix().size()));
    try {
      workers.execute(
          () -> {
            long t0 = System.nanoTime();
            try {
              SoakTarget.Outcome outcome = target.handle(text);
              window.done((System.nanoTime() - t0) / 1e6, outcome);
            } catch (Exception | Error e) {
              window.error();
            }
          });
    } catch (RejectedExecutionException busy) {
      window.shed();
    }
  }

  private void print(long elapsedSeconds, SoakWindow.Figures figures) throws InterruptedException {
    out.printf(
        Locale.ROOT,
        "%s  heap after GC %d MB  threads %d  p99 %.0f ms  commands %d  errors %d  shed %d"
            + "  incomplete %d%n",
        label(elapsedSeconds),
        process.heapAfterGc() / (1024 * 1024),
        process.liveThreads(),
        figures.latency().percentile(99),
        figures.latency().count(),
        figures.errors(),
        figures.shed(),
        figures.incomplete());
    out.flush();
  }

  private static String label(long seconds) {
    return seconds % 60 == 0 && seconds > 0
        ? String.format(Locale.ROOT, "minute %3d", seconds / 60)
        : String.format(Locale.ROOT, "second %3d", seconds);
  }
}
