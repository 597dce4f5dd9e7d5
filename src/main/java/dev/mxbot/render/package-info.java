/**
 * Rendering: turns a neutral {@link dev.mxbot.core.Report} into what a reader sees — plain text
 * ({@link dev.mxbot.render.PlainTextRenderer}, console and {@code check}), the contract's JSON
 * ({@link dev.mxbot.render.JsonRenderer}), Slack Block Kit ({@link
 * dev.mxbot.render.SlackRenderer}), Discord embeds ({@link dev.mxbot.render.DiscordRenderer}, kept
 * within Discord's limits by {@code EmbedLimits} and {@code EmbedFields}).
 *
 * <p>Texts come from {@link dev.mxbot.i18n.Messages}, guides from {@link
 * dev.mxbot.guides.GuideCatalog}. DNS data is attacker-controlled: each renderer escapes it for its
 * medium in exactly one place ({@code TerminalText} for terminals; {@code SlackText} for Slack
 * mrkdwn; {@code DiscordMarkdown} for Discord; JSON escaping by Jackson). This package and {@code
 * chat.slack} / {@code chat.discord} are the only places that use Slack's model types or JDA's
 * entity builders.
 */
package dev.mxbot.render;
