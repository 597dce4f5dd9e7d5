package dev.mxbot.dns;

import dev.mxbot.dns.DnsAnswer.Status;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.xbill.DNS.CNAMERecord;
import org.xbill.DNS.Flags;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.Section;
import org.xbill.DNS.Type;

/**
 * Reads the responses to one question, following the CNAME chain through answer sections and, when
 * a chain leaves a response without data, telling the caller which name to ask next. Detects loops
 * and stops after {@value #MAX_HOPS} aliases. One instance per question; not thread safe, but used
 * by one future chain at a time.
 */
final class CnameChain {

  static final int MAX_HOPS = Dns.MAX_ALIASES;

  private final String askedName;
  private final RecordType type;
  private final int dnsType;
  private final boolean chase;
  private final List<String> aliases = new ArrayList<>();
  private final Set<Name> seen = new HashSet<>();
  private Name current;

  /**
   * @param chase true to follow aliases to the end (also by asking again), false to read only the
   *     chain present in one answer section and never ask again
   */
  CnameChain(Name asked, RecordType type, boolean chase) {
    this.askedName = RecordFormatter.name(asked);
    this.type = type;
    this.dnsType = RecordTypes.toDnsjava(type);
    this.chase = chase;
    this.current = asked;
    seen.add(asked);
  }

  /** The dnsjava code of the type asked. */
  int dnsType() {
    return dnsType;
  }

  /** The name to ask about next. */
  Name current() {
    return current;
  }

  /** The final answer from this reply, or empty when {@link #current()} must be asked next. */
  Optional<DnsAnswer> read(Reply reply) {
    if (reply.message() == null) {
      return Optional.of(failure(reply));
    }
    Message message = reply.message();
    List<Record> answer = message.getSection(Section.ANSWER);
    Name start = current;
    List<Record> found = recordsAt(answer, current);
    while (found.isEmpty() && dnsType != Type.CNAME) {
      Optional<Name> target = cnameTarget(answer, current);
      if (target.isEmpty()) {
        break;
      }
      if (!seen.add(target.get()) || aliases.size() >= MAX_HOPS) {
        return Optional.of(answer(Status.FAILED, List.of(), message, reply.server()));
      }
      aliases.add(RecordFormatter.name(target.get()));
      current = target.get();
      found = recordsAt(answer, current);
    }
    int rcode = message.getRcode();
    if (chase && rcode == Rcode.NOERROR && found.isEmpty() && !current.equals(start)) {
      boolean negative =
          message.getSection(Section.AUTHORITY).stream().anyMatch(r -> r.getType() == Type.SOA);
      if (!negative) {
        return Optional.empty();
      }
    }
    return Optional.of(answer(status(rcode, found), found, message, reply.server()));
  }

  private static Status status(int rcode, List<Record> found) {
    return switch (rcode) {
      case Rcode.NOERROR -> found.isEmpty() ? Status.NODATA : Status.OK;
      case Rcode.NXDOMAIN -> Status.NXDOMAIN;
      case Rcode.SERVFAIL -> Status.SERVFAIL;
      case Rcode.REFUSED -> Status.REFUSED;
      default -> Status.FAILED;
    };
  }

  private DnsAnswer answer(Status status, List<Record> found, Message message, String server) {
    List<DnsRecord> records = found.stream().map(r -> RecordFormatter.format(r, type)).toList();
    boolean aa = message.getHeader().getFlag(Flags.AA);
    boolean ad = message.getHeader().getFlag(Flags.AD);
    List<DnsRecord> authority =
        message.getSection(Section.AUTHORITY).stream()
            .filter(r -> r.getType() == Type.NS)
            .map(r -> RecordFormatter.format(r, RecordType.NS))
            .toList();
    List<DnsRecord> soa =
        message.getSection(Section.AUTHORITY).stream()
            .filter(r -> r.getType() == Type.SOA)
            .map(r -> RecordFormatter.format(r, RecordType.SOA))
            .toList();
    List<DnsRecord> glue =
        message.getSection(Section.ADDITIONAL).stream()
            .filter(r -> r.getType() == Type.A || r.getType() == Type.AAAA)
            .map(
                r ->
                    RecordFormatter.format(
                        r, r.getType() == Type.A ? RecordType.A : RecordType.AAAA))
            .toList();
    return new DnsAnswer(
        askedName, type, status, records, aliases, aa, ad, server, authority, soa, glue);
  }

  private DnsAnswer failure(Reply reply) {
    if (reply.failure() == Reply.Failure.TIMEOUT) {
      return DnsAnswer.timeout(askedName, type);
    }
    Status status = reply.failure() == Reply.Failure.NETWORK ? Status.UNREACHABLE : Status.FAILED;
    return new DnsAnswer(askedName, type, status, List.of(), aliases, false, false, reply.server());
  }

  /** A FAILED answer for this question, for errors outside any reply. */
  DnsAnswer failed() {
    return new DnsAnswer(askedName, type, Status.FAILED, List.of(), aliases, false, false, null);
  }

  private List<Record> recordsAt(List<Record> answer, Name owner) {
    return answer.stream()
        .filter(r -> r.getType() == dnsType && r.getName().equals(owner))
        .toList();
  }

  private static Optional<Name> cnameTarget(List<Record> answer, Name owner) {
    return answer.stream()
        .filter(r -> r instanceof CNAMERecord && r.getName().equals(owner))
        .map(r -> ((CNAMERecord) r).getTarget())
        .findFirst();
  }
}
