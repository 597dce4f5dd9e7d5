package dev.mxbot.interop;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.xbill.DNS.DClass;
import org.xbill.DNS.ExtendedFlags;
import org.xbill.DNS.Flags;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.OPTRecord;
import org.xbill.DNS.Record;
import org.xbill.DNS.Section;
import org.xbill.DNS.SimpleResolver;
import org.xbill.DNS.TextParseException;

/**
 * One raw DNS question to one server, like {@code kdig @server name type}: the harness uses it to
 * wait for its servers and the tests to check what the servers answer, independently of mxbot.
 *
 * @param server where to ask
 * @param recursion set RD (ask a resolver) or not (ask an authoritative server)
 * @param dnssecOk set the EDNS DO bit
 * @param checkingDisabled set CD (the resolver skips validation)
 * @param tcp ask over TCP; over UDP a truncated answer is returned as it is (TC set)
 */
public record DnsProbe(
    InetSocketAddress server,
    boolean recursion,
    boolean dnssecOk,
    boolean checkingDisabled,
    boolean tcp) {

  private static final Duration TIMEOUT = Duration.ofSeconds(2);

  /** A question to an authoritative server: no recursion, no DNSSEC records, UDP then TCP. */
  public static DnsProbe authoritative(InetSocketAddress server) {
    return new DnsProbe(server, false, false, false, false);
  }

  /** A question to a recursive resolver with DO set, as a validating stub would ask. */
  public static DnsProbe recursive(InetSocketAddress server) {
    return new DnsProbe(server, true, true, false, false);
  }

  public DnsProbe withCheckingDisabled() {
    return new DnsProbe(server, recursion, dnssecOk, true, tcp);
  }

  public DnsProbe withDnssecOk() {
    return new DnsProbe(server, recursion, true, checkingDisabled, tcp);
  }

  public DnsProbe overTcp() {
    return new DnsProbe(server, recursion, dnssecOk, checkingDisabled, true);
  }

  /** Sends the question and returns the whole response; fails on timeout or I/O error. */
  public Message ask(String name, int type) throws IOException {
    Message query = Message.newQuery(Record.newRecord(absolute(name), type, DClass.IN));
    if (!recursion) {
      query.getHeader().unsetFlag(Flags.RD);
    }
    if (checkingDisabled) {
      query.getHeader().setFlag(Flags.CD);
    }
    query.addRecord(new OPTRecord(1232, 0, 0, dnssecOk ? ExtendedFlags.DO : 0), Section.ADDITIONAL);
    SimpleResolver resolver = new SimpleResolver(server);
    resolver.setTimeout(TIMEOUT);
    resolver.setTCP(tcp);
    resolver.setIgnoreTruncation(!tcp);
    return resolver.send(query);
  }

  /** Asks with TCP after a truncated UDP answer (what resolvers do). */
  public Message askFully(String name, int type) throws IOException {
    Message udp = ask(name, type);
    return udp.getHeader().getFlag(Flags.TC) ? overTcp().ask(name, type) : udp;
  }

  /** The answer section's records of {@code type}, as presentation-format data. */
  public static List<String> rdata(Message response, int type) {
    return response.getSection(Section.ANSWER).stream()
        .filter(r -> r.getType() == type)
        .map(Record::rdataToString)
        .sorted()
        .collect(Collectors.toList());
  }

  static Name absolute(String name) {
    try {
      return Name.fromString(name, Name.root);
    } catch (TextParseException e) {
      throw new IllegalArgumentException(name, e);
    }
  }
}
