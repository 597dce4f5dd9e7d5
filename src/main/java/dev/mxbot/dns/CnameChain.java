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
      if (!hasType(message.getSection(Section.AUTHORITY), Type.SOA)) {
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

  // Loops, not streams, from here on: every reply of a check goes through them, first in the
  // interpreter, where a stream pipeline costs many times a loop (DnsAnswer copies the lists).
  private DnsAnswer answer(Status status, List<Record> found, Message message, String server) {
    List<DnsRecord> records = new ArrayList<>();
    for (Record r : found) {
      records.add(RecordFormatter.format(r, type));
    }
    boolean aa = message.getHeader().getFlag(Flags.AA);
    boolean ad = message.getHeader().getFlag(Flags.AD);
    List<Record> authoritySection = message.getSection(Section.AUTHORITY);
    List<DnsRecord> authority = formatted(authoritySection, Type.NS, RecordType.NS);
    List<DnsRecord> soa = formatted(authoritySection, Type.SOA, RecordType.SOA);
    List<DnsRecord> glue = new ArrayList<>();
    for (Record r : message.getSection(Section.ADDITIONAL)) {
      if (r.getType() == Type.A) {
        glue.add(RecordFormatter.format(r, RecordType.A));
      } else if (r.getType() == Type.AAAA) {
        glue.add(RecordFormatter.format(r, RecordType.AAAA));
      }
    }
    return new DnsAnswer(
        askedName, type, status, records, aliases, aa, ad, server, authority, soa, glue);
  }

  /** The records of {@code section} of type {@code dnsType}, formatted as {@code as}. */
  private static List<DnsRecord> formatted(List<Record> section, int dnsType, RecordType as) {
    List<DnsRecord> records = new ArrayList<>();
    for (Record r : section) {
      if (r.getType() == dnsType) {
        records.add(RecordFormatter.format(r, as));
      }
    }
    return records;
  }

  private static boolean hasType(List<Record> section, int dnsType) {
    for (Record r : section) {
      if (r.getType() == dnsType) {
        return true;
      }
    }
    return false;
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
    List<Record> records = new ArrayList<>();
    for (Record r : answer) {
      if (r.getType() == dnsType && r.getName().equals(owner)) {
        records.add(r);
      }
    }
    return records;
  }

  private static Optional<Name> cnameTarget(List<Record> answer, Name owner) {
    for (Record r : answer) {
      if (r instanceof CNAMERecord cname && r.getName().equals(owner)) {
        return Optional.of(cname.getTarget());
      }
    }
    return Optional.empty();
  }
}
