/**
 * Platform-neutral rendering: turns a neutral {@link dev.mxbot.core.Report} into what a reader sees
 * — plain text ({@link dev.mxbot.render.PlainTextRenderer}, console and {@code check}) and the
 * contract's JSON ({@link dev.mxbot.render.JsonRenderer}) — and holds what every medium shares: the
 * texts of a report ({@link dev.mxbot.render.ReportText}) and terminal escaping ({@link
 * dev.mxbot.render.TerminalText}). Slack Block Kit is {@code render.slack}'s, Discord embeds {@code
 * render.discord}'s; this package knows neither (no Slack SDK, no JDA).
 *
 * <p>Texts come from {@link dev.mxbot.i18n.Messages}, guides from {@link
 * dev.mxbot.guides.GuideCatalog}. DNS data is attacker-controlled: each renderer escapes it for its
 * medium in exactly one place ({@code TerminalText} for terminals; {@code slack.SlackText} for
 * Slack mrkdwn; {@code discord.DiscordMarkdown} for Discord; JSON escaping by Jackson).
 */
package dev.mxbot.render;
