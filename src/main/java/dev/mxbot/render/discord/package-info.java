/**
 * Discord rendering: {@link dev.mxbot.render.discord.DiscordRenderer} turns a {@link
 * dev.mxbot.core.Report} into an embed, kept within Discord's limits by {@code EmbedLimits} and
 * {@code EmbedFields}, coloured by {@code DiscordStyle}; DNS data is escaped for Discord's markdown
 * in one place, {@code DiscordMarkdown}.
 *
 * <p>May depend on the neutral {@code render} package, {@code core}, {@code guides}, {@code i18n}
 * and JDA's embed types ({@code EmbedBuilder}, {@code MessageEmbed}) only: the one rendering
 * package that knows JDA; sending is {@code chat.discord}'s job.
 */
package dev.mxbot.render.discord;
