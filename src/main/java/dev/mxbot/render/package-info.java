/**
 * Rendering: turns a neutral {@link dev.mxbot.core.Report} into what a reader sees — plain text
 * ({@link dev.mxbot.render.PlainTextRenderer}, console and {@code check}), the contract's JSON
 * ({@link dev.mxbot.render.JsonRenderer}), Discord embeds ({@link
 * dev.mxbot.render.DiscordRenderer}, kept within Discord's limits by {@code EmbedLimits} and {@code
 * EmbedFields}).
 *
 * <p>Texts come from {@link dev.mxbot.i18n.Messages}, guides from {@link
 * dev.mxbot.guides.GuideCatalog}. DNS data is attacker-controlled: each renderer escapes it for its
 * medium in exactly one place ({@code TerminalText} for terminals; {@code DiscordMarkdown} for
 * Discord; JSON escaping by Jackson). JDA's entity builders are used here and in {@code
 * chat.discord} only.
 */
package dev.mxbot.render;
