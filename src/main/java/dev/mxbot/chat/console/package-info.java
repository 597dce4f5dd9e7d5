/**
 * The console adapter: the chat experience in a terminal, used by {@code console}, {@code demo} and
 * {@code serve} when no chat platform is configured.
 */
package dev.mxbot.chat.console;
