package dev.mxbot.config;

import java.util.List;

/**
 * The {@code ops} section of {@code mxbot.yaml}: where the operations listener ({@code /healthz},
 * {@code /readyz}, {@code /metrics}) listens and how logs are written. Immutable.
 *
 * @param port listener port (default 8080; 0 picks a free one, for tests)
 * @param host address to bind: {@code 0.0.0.0} (default, every interface) or {@code 127.0.0.1}
 *     (this machine only)
 * @param logFormat {@code text} (default) or {@code json} (one JSON object per line, for log
 *     shippers)
 */
public record OpsSettings(int port, String host, String logFormat) {

  /** The accepted log formats. */
  public static final List<String> LOG_FORMATS = List.of("text", "json");

  public static final OpsSettings DEFAULTS = new OpsSettings(8080, "0.0.0.0", "text");

  /** True when logs should be JSON lines. */
  public boolean jsonLogs() {
    return "json".equals(logFormat);
  }
}
