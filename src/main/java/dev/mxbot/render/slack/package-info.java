/**
 * Slack rendering: {@link dev.mxbot.render.slack.SlackRenderer} turns a {@link
 * dev.mxbot.core.Report} into a {@link dev.mxbot.render.slack.SlackMessage} (Block Kit blocks and
 * their fallback text), area by area ({@code SlackAreas}, {@code SlackBlocks}); DNS data is escaped
 * for mrkdwn in one place, {@code SlackText}.
 *
 * <p>May depend on the neutral {@code render} package (texts of a report, terminal escaping),
 * {@code core}, {@code guides}, {@code i18n} and Slack's message model ({@code
 * com.slack.api.model}) only: the one rendering package that knows Slack, and it never calls Slack
 * (that is {@code chat.slack}'s job).
 */
package dev.mxbot.render.slack;
