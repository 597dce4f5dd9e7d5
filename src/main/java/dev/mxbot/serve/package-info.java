/**
 * {@code mxbot serve} while it runs: {@link dev.mxbot.serve.Serve} builds the service of every chat
 * platform whose secrets are set ({@link dev.mxbot.serve.ChatAdapters}: {@link
 * dev.mxbot.serve.SlackAdapter}, {@link dev.mxbot.serve.DiscordAdapter}), {@link
 * dev.mxbot.serve.Serving} starts them behind the ops listener (all or nothing) and, on SIGTERM
 * ({@code TermSignal}), drains the answers in flight and stops them.
 *
 * <p>Sees the application through {@link dev.mxbot.serve.Application}, which the command line's
 * {@code Bootstrap} implements: may depend on {@code chat} and its adapters' modules, {@code
 * config} and {@code ops}; never on {@code cli}. The only place outside the adapters that names a
 * chat platform's module.
 */
package dev.mxbot.serve;
