/**
 * The demo's sample world: {@link dev.mxbot.demo.DemoZones} reads {@code bot-config/demo/} (the
 * master files, the sample domains to list, the faults to inject) and starts an in-process {@link
 * dev.mxbot.dns.server.ZoneServer} serving them on loopback. {@code mxbot demo} ({@code
 * cli.DemoRun}) points the bot at it and opens the console.
 *
 * <p>May depend on {@code dns.server}, {@code dns} (record types), {@code config} and {@code
 * configfile}; nothing of chat, rendering or the command line.
 */
package dev.mxbot.demo;
