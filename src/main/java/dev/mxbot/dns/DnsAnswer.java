package dev.mxbot.dns;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

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
 * @param soa the SOA record of the authority section: in a negative answer, what bounds how long
 *     the "none" may be cached (empty when absent)
 * @param glue the A and AAAA records of the additional section (the glue, in a referral)
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
    List<DnsRecord> authority,
    List<DnsRecord> soa,
    List<DnsRecord> glue) {

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
    soa = List.copyOf(soa);
    glue = List.copyOf(glue);
  }

  /** An answer without SOA or glue records. */
  public DnsAnswer(
      String name,
      RecordType type,
      Status status,
      List<DnsRecord> records,
      List<String> aliases,
      boolean authoritative,
      boolean authenticated,
      String server,
      List<DnsRecord> authority) {
    this(
        name,
        type,
        status,
        records,
        aliases,
        authoritative,
        authenticated,
        server,
        authority,
        List.of(),
        List.of());
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

  /**
   * How long a negative answer may still be cached, read from its SOA (RFC 2308 §5: the smaller of
   * the SOA record's TTL and its MINIMUM field; a resolver counts the TTL down as the cached "none"
   * ages); empty when this is not a negative answer or carries no readable SOA.
   */
  public Optional<Duration> negativeTtl() {
    if (!isNegative() || soa.isEmpty()) {
      return Optional.empty();
    }
    DnsRecord record = soa.get(0);
    String[] fields = record.data().split(" ");
    if (fields.length != 7) {
      return Optional.empty();
    }
    try {
      long minimum = Long.parseLong(fields[6]);
      return Optional.of(Duration.ofSeconds(Math.max(0, Math.min(record.ttl(), minimum))));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }
}
