/**
 * The command line and the wiring: {@link dev.mxbot.cli.Main} (picocli) with {@code serve}, {@code
 * check}, {@code console} and {@code demo}. {@code Bootstrap} reads and validates every file, then
 * builds the Guice injector from the feature modules. Nothing else in the project knows which
 * modules exist, and nothing else holds the application's injector; its {@code Lifecycle} closes
 * every closeable singleton that was created, newest first, when the command ends. {@code serve}
 * adds {@code OpsModule}; {@code ChatAdapters} builds the adapters whose secrets are set, {@code
 * Serving} starts them behind the ops listener (all or nothing) and drains them on SIGTERM ({@code
 * TermSignal}).
 */
package dev.mxbot.cli;
