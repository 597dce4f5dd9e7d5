/**
 * Chat, platform-neutral: {@link dev.mxbot.chat.CommandRouter} turns {@code /mx} text into a
 * {@link dev.mxbot.chat.CommandOutcome}; {@link dev.mxbot.chat.ChatService} is what every adapter
 * (console, Slack, Discord) implements. Adapters live in sub-packages.
 */
package dev.mxbot.chat;
