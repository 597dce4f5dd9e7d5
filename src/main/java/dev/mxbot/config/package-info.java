/**
 * Configuration: {@link dev.mxbot.config.BotConfig} read from {@code bot-config/mxbot.yaml} by
 * {@link dev.mxbot.config.ConfigLoader}, with validation that names file, key and expectation
 * ({@link dev.mxbot.configfile.ConfigException}). Any key can be overridden by an {@code MXBOT_*}
 * environment variable ({@link dev.mxbot.configfile.Overrides}). Secrets never come from here: only
 * from the environment ({@link dev.mxbot.config.Secrets}).
 */
package dev.mxbot.config;
