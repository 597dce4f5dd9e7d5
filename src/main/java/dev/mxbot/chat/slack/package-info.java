/**
 * The Slack adapter (Bolt for Java): {@code /mx} and its "Share in channel" / "Re-check" buttons.
 *
 * <p>{@link dev.mxbot.chat.slack.SlackModule} wires it; {@code SlackService} opens the connection
 * in {@code start()}, through one of two transports chosen by {@link
 * dev.mxbot.chat.slack.SlackMode}: Socket Mode ({@code SocketModeTransport}, Java-WebSocket
 * backend) or HTTP mode ({@code HttpModeTransport}: an embedded Jetty 12 whose {@code
 * SlackHttpHandler} verifies Slack's signature itself with {@code SignatureVerifier}, then hands
 * the request to Bolt; {@code SlackWarmUp} runs signed requests of its own through it before it
 * reports ready). {@code MxCommand} acknowledges within Slack's 3 seconds, {@code SlackAnswers}
 * runs the diagnosis on the shared {@link dev.mxbot.chat.CommandExecutor} (in HTTP mode once the
 * ack is written: {@code AckSignal}) and sends exactly one final answer through {@code
 * response_url}; {@code ButtonActions} handles "Share in channel" and "Re-check" the same way.
 * {@code SlackGate} applies the access policy and the rate limit; {@code SlackLanguages} picks the
 * reply language. Rendering is {@link dev.mxbot.render.slack.SlackRenderer}'s. This package and
 * {@code render.slack} are the only users of Slack types; tokens are never logged, nor raw
 * payloads.
 */
package dev.mxbot.chat.slack;
