/**
 * Operations: {@link dev.mxbot.ops.LogSetup} sets Logback up for every command (Logback finds it as
 * a service; an operator's {@code logback.xml} takes over), with {@link dev.mxbot.ops.LogGuard}:
 * third-party libraries capped at INFO, any line showing a secret masked (a new secret is handed to
 * {@code LogGuard.hide} where it is read; a new shape goes in {@code SecretShapes}). A one-shot
 * {@code check} uses {@link dev.mxbot.ops.DeferredLogging}: the same set-up, made only when a line
 * is to be written (usually never). The rest is for {@code serve} only: {@link
 * dev.mxbot.ops.OpsServer} listens on {@code ops.port} with {@code /healthz} (the process is
 * alive), {@code /readyz} (every started chat adapter is connected, else 503 with the reason) and
 * {@code /metrics} (Prometheus text format through Micrometer). {@link dev.mxbot.ops.OpsModule}
 * wires the metered decorators: {@code MeteredCommandEvents} (the adapters' {@link
 * dev.mxbot.chat.CommandEvents}) and {@code MeteredDns} (the {@link dev.mxbot.dns.Dns} port,
 * counting queries by outcome). {@link dev.mxbot.ops.LogFormat} switches the logs to JSON lines for
 * log shippers.
 *
 * <p>To add a metric: register it in the class that sees the event (never in a module), named
 * {@code mxbot.<noun>} in Micrometer's dotted style; {@code src/site/markdown/operations.md} lists
 * them.
 */
package dev.mxbot.ops;
