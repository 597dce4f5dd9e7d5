package dev.mxbot.dns;

import java.util.List;

/**
 * The outcome of one DNS question, as a value: records, "no such record" (NODATA), "no such name"
 * (NXDOMAIN), a server failure, a refusal or a timeout. Never an exception.
 *
 * @param name the absolute name asked
 * @param type the type asked
 * @param status what happened
 * @param records the records of the asked type at the end of any CNAME chain (empty unless OK)
 * @param aliases the CNAME chain followed, in order: each target name (empty when none)
 * @param authoritative the AA flag of the final answer
 * @param authenticated the AD flag of the final answer
 * @param server the {@code address:port} of the server whose answer this is (null on timeout)
 * @param authority the NS records of the authority section (the delegation, in a referral)
 */
public record DnsAnswer(
    String name,
    RecordType type,
    Status status,
    List<DnsRecord> records,
    List<String> aliases,
    boolean authoritative,
    boolean authenticated,
    String server,
    List<DnsRecord> authority) {

  /** What kind of answer this is. */
  public enum Status {
    /** At least one record of the asked type. */
    OK,
    /** The name exists but has no record of this type. */
    NODATA,
    /** The name does not exist. */
    NXDOMAIN,
    /** The server answered SERVFAIL. */
    SERVFAIL,
    /** The server refused to answer. */
    REFUSED,
    /** No answer arrived in time from any server. */
    TIMEOUT,
    /**
     * No answer could arrive: the server could not be reached (port closed, network unreachable,
     * connection refused or reset).
     */
    UNREACHABLE,
    /** Anything else: another rcode, malformed data, a network error. */
    FAILED
  }

  public DnsAnswer {
    records = List.copyOf(records);
    aliases = List.copyOf(aliases);
    authority = List.copyOf(authority);
  }

  /** An answer without authority records. */
  public DnsAnswer(
      String name,
      RecordType type,
      Status status,
      List<DnsRecord> records,
      List<String> aliases,
      boolean authoritative,
      boolean authenticated,
      String server) {
    this(name, type, status, records, aliases, authoritative, authenticated, server, List.of());
  }

  /** No usable answer: the question failed, or was never sent (a budget, a policy). */
  public static DnsAnswer failed(String name, RecordType type) {
    return new DnsAnswer(name, type, Status.FAILED, List.of(), List.of(), false, false, null);
  }

  public static DnsAnswer timeout(String name, RecordType type) {
    return new DnsAnswer(name, type, Status.TIMEOUT, List.of(), List.of(), false, false, null);
  }

  public boolean isOk() {
    return status == Status.OK;
  }

  /** True when the name has no such record (NODATA) or does not exist (NXDOMAIN). */
  public boolean isNegative() {
    return status == Status.NODATA || status == Status.NXDOMAIN;
  }

  /** True when the question could not be answered (timeout, failure, refusal). */
  public boolean isUnanswered() {
    return !isOk() && !isNegative();
  }

  /** The smallest TTL of the records, or 0 when there are none. */
  public long minTtl() {
    return records.stream().mapToLong(DnsRecord::ttl).min().orElse(0);
  }
}
