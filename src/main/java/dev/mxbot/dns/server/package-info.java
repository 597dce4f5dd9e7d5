/**
 * The in-process authoritative DNS server: {@link dev.mxbot.dns.server.ZoneServer} serves master
 * files over UDP and TCP on loopback ({@code UdpListener}, {@code TcpListener}, {@code
 * QueryHandler}, {@code ZoneResponder}, records in zone order) and injects faults per name and type
 * ({@link dev.mxbot.dns.server.Fault}, {@code FaultTable}: SERVFAIL, REFUSED, drops, truncation,
 * delays) and, fixed at build time, server-wide transport quirks ({@code Quirks}: UDP only, FORMERR
 * or silence to EDNS(0), oversize UDP answers without TC). Used by {@code demo}, the bench and
 * tests; the bot's own lookups never go through it unless it is configured as their resolver.
 *
 * <p>May use the DNS client's values ({@code dns}: {@link dev.mxbot.dns.RecordType}) and dnsjava;
 * nothing of the checks, chat, rendering or the command line. The client does not know this
 * package.
 */
package dev.mxbot.dns.server;
