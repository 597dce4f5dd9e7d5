package dev.mxbot.chat;

import java.time.Duration;

/**
 * What became of each chat command, told by the adapters for metrics: answered with a verdict,
 * refused (access or input), rate-limited, turned away as busy, or failed unexpectedly. Exactly one
 * call per command. {@code platform} is {@code slack} or {@code discord}; {@code verdict} a {@link
 * dev.mxbot.core.Verdict} id; {@code reason} a refusal rule ({@code not_allowed}, {@code
 * bad_lang}…), a small fixed set. The default binding is {@link #NONE}; {@code serve} binds the
 * metered one. Implementations must be cheap, never throw and be safe for concurrent use.
 */
public interface CommandEvents {

  /** Does nothing: the binding when nothing collects metrics ({@code check}, tests). */
  CommandEvents NONE =
      new CommandEvents() {
        @Override
        public void answered(String platform, String verdict, Duration took) {}

        @Override
        public void refused(String platform, String reason) {}

        @Override
        public void rateLimited(String platform) {}

        @Override
        public void busy(String platform) {}

        @Override
        public void failed(String platform) {}
      };

  /** A report was sent; {@code took} is the time from dequeuing to the finished report. */
  void answered(String platform, String verdict, Duration took);

  /** Nothing was queried: the caller may not use the bot here, or the input was refused. */
  void refused(String platform, String reason);

  /** The user is over the per-minute limit. */
  void rateLimited(String platform);

  /** The executor was full (or stopping): the agent was asked to try again. */
  void busy(String platform);

  /** Something unexpected broke; the agent got "something went wrong (ref X)". */
  void failed(String platform);
}
