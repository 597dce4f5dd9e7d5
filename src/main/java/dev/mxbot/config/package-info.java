/**
 * Configuration: {@link dev.mxbot.config.BotConfig} read from {@code bot-config/mxbot.yaml} by
 * {@link dev.mxbot.config.ConfigLoader}, with validation that names file, key and expectation
 * ({@link dev.mxbot.config.ConfigException}). Secrets never come from here: only from the
 * environment.
 */
package dev.mxbot.config;
