/**
 * Chat, platform-neutral: {@link dev.mxbot.chat.MxRequest} parses the text after {@code /mx}
 * (domain, {@code dkim=}, {@code lang=}, {@code share}), {@link dev.mxbot.chat.CommandRouter} turns
 * it into a {@link dev.mxbot.chat.CommandOutcome}, and {@link dev.mxbot.chat.ChatService} is what
 * every adapter (console, Slack, Discord) implements, {@code ready()} telling whether its
 * connection is up. Adapters report what became of each command through the {@link
 * dev.mxbot.chat.CommandEvents} port (no-op by default; metered by {@code ops} when serving), so
 * that they never depend on {@code ops}. Adapters live in sub-packages and are the only places that
 * know a chat SDK.
 */
package dev.mxbot.chat;
