/**
 * The Discord adapter (JDA): {@code /mx} as a slash command. {@code DiscordChat} opens one gateway
 * connection or a {@code ShardManager} in {@code start()} ({@code GatewayConnector}); {@code
 * CommandRegistration} keeps the command registered (per guild or globally) without needless
 * uploads; {@code MxListener} acknowledges every interaction at once and {@code Answers} runs the
 * diagnosis on the shared {@link dev.mxbot.chat.CommandExecutor}, then edits the deferred reply
 * with the embed of {@link dev.mxbot.render.discord.DiscordRenderer}. JDA's REST requests run on a
 * few threads of their own ({@code RestThreads}), so a burst of interactions cannot grow the
 * process. Every message is sent with allowed mentions: none. Before {@code serve} reports ready,
 * {@code DiscordWarmUp} runs commands through the adapter in the warm-up world and {@code
 * JdaWarmUp} has JDA read a made-up interaction (the one use of JDA's internal classes).
 *
 * <p>This package and {@code render.discord} are the only ones that import JDA. To add an option:
 * declare it in {@code CommandDefinition} (with its description in the bundles) and turn it into
 * request text in {@code CommandText}.
 */
package dev.mxbot.chat.discord;
