/**
 * The command line and the wiring: {@link dev.mxbot.cli.Main} (picocli) with {@code serve}, {@code
 * check}, {@code console} and {@code demo}. {@code Bootstrap} reads and validates every file, then
 * builds the Guice injector from the feature modules. Nothing else in the project knows which
 * modules exist, and nothing else holds the application's injector; its {@code Lifecycle} closes
 * every closeable singleton that was created, newest first, when the command ends. A one-shot
 * {@code check} builds the same objects by hand ({@code CheckWiring}): Guice's own start-up would
 * be a quarter of it. {@code serve} adds {@code OpsModule} and hands over to {@code serve} (the
 * chat adapters, the ops listener, SIGTERM); {@code demo} starts {@code demo.DemoZones}. This
 * package parses and wires only: it uses no chat SDK, and {@code Bootstrap} is what {@code serve}
 * sees as its {@code Application}.
 */
package dev.mxbot.cli;
