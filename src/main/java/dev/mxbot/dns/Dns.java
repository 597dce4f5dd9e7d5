package dev.mxbot.dns;

import java.net.InetAddress;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The DNS port: asks questions, returns {@link DnsAnswer} values (never exceptions for DNS
 * outcomes). Every call is asynchronous and independent; implementations must be safe for
 * concurrent use. A future always completes, at the latest shortly after {@code deadline} with a
 * {@link DnsAnswer.Status#TIMEOUT} answer.
 */
public interface Dns {

  /**
   * The most CNAMEs {@link #resolve} follows for one question: a longer chain is {@link
   * DnsAnswer.Status#FAILED}, like a loop. Checks that follow a failed name's chain hop by hop call
   * a longer one the zone's error.
   */
  int MAX_ALIASES = 8;

  /**
   * Asks the configured recursive resolvers (recursion desired), following CNAME chains (at most
   * {@value #MAX_ALIASES} aliases). Tries the next resolver when one times out, fails or refuses. A
   * {@link RecordType#CNAME} question returns the CNAME record of the name itself, not followed.
   */
  CompletableFuture<DnsAnswer> resolve(String name, RecordType type, Instant deadline);

  /**
   * Like {@link #resolve}, with the CD (checking disabled) bit set: a validating resolver answers
   * even when DNSSEC validation fails. A SERVFAIL that turns into an answer here is a DNSSEC
   * failure, not a broken server.
   */
  CompletableFuture<DnsAnswer> resolveUnchecked(String name, RecordType type, Instant deadline);

  /**
   * Like {@link #resolveUnchecked}, with the DO bit too: the answer comes with the RRSIGs over its
   * records, whether or not the resolver validates, so mxbot can check the signatures itself.
   */
  CompletableFuture<SignedAnswer> resolveSigned(String name, RecordType type, Instant deadline);

  /**
   * Asks one authoritative server directly, by address, recursion not desired, on the configured
   * authoritative port; CNAMEs are not followed. The address is one learned from DNS data: a
   * special-purpose one ({@link SpecialAddresses}) is never contacted unless the configuration
   * allows it ({@link #mayAsk}); the answer is then {@link DnsAnswer.Status#FAILED} at once.
   */
  CompletableFuture<DnsAnswer> ask(
      InetAddress server, String name, RecordType type, Instant deadline);

  /** How {@link #probe} sends its one query. */
  enum Transport {
    /**
     * UDP with a plain EDNS(0) OPT record: version 0, no options, DO=0, UDP size {@value
     * #PROBE_UDP_SIZE}.
     */
    UDP_EDNS,
    /** UDP without EDNS: the answer may be at most 512 bytes. */
    UDP_PLAIN,
    /** TCP, without EDNS. */
    TCP
  }

  /** The UDP payload size a {@link Transport#UDP_EDNS} probe offers (DNS Flag Day 2020). */
  int PROBE_UDP_SIZE = 1232;

  /**
   * Asks one authoritative server directly over exactly one {@link Transport}, with no fallback (a
   * truncated UDP answer is not retried over TCP, a failure not retried elsewhere): tells which
   * ways of asking a nameserver works. Otherwise as {@link #ask}, including the {@link #mayAsk}
   * rule. An error code the status cannot name (FORMERR) or a UDP answer larger than the size
   * offered without TC (unreadable) is {@link DnsAnswer.Status#FAILED}; a TCP connection refused,
   * reset or closed without an answer is {@link DnsAnswer.Status#UNREACHABLE}.
   */
  CompletableFuture<DnsAnswer> probe(
      InetAddress server, String name, RecordType type, Transport transport, Instant deadline);

  /**
   * Whether {@link #ask} contacts {@code server}: false for a special-purpose address unless the
   * configuration allows them (labs, tests).
   */
  boolean mayAsk(InetAddress server);

  /**
   * The recursive resolvers {@link #resolve} asks, in order, as {@code host:port} (for reports).
   */
  List<String> resolverNames();
}
