package dev.mxbot.audit;

/**
 * Shows a {@link Progress} while an audit runs: a bar on a terminal ({@link TerminalProgress}),
 * plain periodic lines on standard error otherwise ({@link PlainProgress}).
 */
public interface ProgressDisplay extends AutoCloseable {

  /** Something changed: show it (a display may show only some updates). */
  void update();

  /** The audit ended: show the final state once and let go of the terminal. */
  @Override
  void close();

  /** Shows nothing (tests). */
  ProgressDisplay NONE =
      new ProgressDisplay() {
        @Override
        public void update() {}

        @Override
        public void close() {}
      };
}
