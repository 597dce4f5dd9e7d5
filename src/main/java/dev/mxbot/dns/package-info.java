/**
 * The DNS client: the {@link dev.mxbot.dns.Dns} port and its values, and its dnsjava implementation
 * ({@link dev.mxbot.dns.DnsjavaDns}). The in-process authoritative server used by {@code demo} and
 * by tests lives apart, in {@code dns.server}, which may use this package's values ({@link
 * dev.mxbot.dns.RecordType}, {@link dev.mxbot.dns.RecordTypes}); this package knows nothing of it.
 *
 * <p>{@link dev.mxbot.dns.SpecialAddresses} tells the addresses that are not on the public
 * Internet: a server learned from DNS data at one of them is never asked unless {@link
 * dev.mxbot.dns.DnsSettings#allowPrivateAddresses()} (labs, tests).
 *
 * <p>{@link dev.mxbot.dns.DnsModule} gives the client what it must not find by itself: its
 * resolvers (the configured ones, else {@link dev.mxbot.dns.SystemResolvers}) and its reply
 * threads. The JVM-wide dnsjava settings are applied once by the entry point ({@link
 * dev.mxbot.dns.DnsjavaProperties}), before dnsjava's static initialisers read them; a one-shot
 * {@code check} also names the JDK's own selector provider ({@link
 * dev.mxbot.dns.SelectorProviderName}), so that its first query does not have the JDK search
 * mxbot's jar for another, and prepares dnsjava while its knowledge files are read ({@link
 * dev.mxbot.dns.DnsjavaDns#prepare()}).
 *
 * <p>With {@code dns.server}, the only package that imports dnsjava. Library exceptions are
 * translated here, once, into {@link dev.mxbot.dns.DnsAnswer} values.
 */
package dev.mxbot.dns;
