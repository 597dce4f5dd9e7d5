package dev.mxbot.dns.server;

import dev.mxbot.dns.RecordType;
import dev.mxbot.dns.RecordTypes;
import dev.mxbot.dns.server.ZoneServer.Query;
import dev.mxbot.dns.server.ZoneServer.Transport;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.xbill.DNS.ExtendedFlags;
import org.xbill.DNS.Flags;
import org.xbill.DNS.GenericEDNSOption;
import org.xbill.DNS.Message;
import org.xbill.DNS.OPTRecord;
import org.xbill.DNS.Opcode;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.Section;

/**
 * Turns one query's bytes into the response bytes of a {@link ZoneServer}: logs the query, applies
 * faults and delays, adds EDNS and truncates to the UDP size limit. Thread safe.
 */
final class QueryHandler {

  static final int MAX_UDP_PAYLOAD = 1232;
  private static final int PLAIN_UDP_PAYLOAD = 512;

  /** The EDNS Padding option code (RFC 7830). */
  private static final int EDNS_PADDING = 12;

  /** Bytes of an OPT record with one option, before the option's data. */
  private static final int OPT_OVERHEAD = 11 + 4;

  /** How many bytes an oversize answer exceeds the client's offered size by. */
  private static final int OVERSIZE = 200;

  private final ZoneResponder responder;
  private final FaultTable faults;
  private final Quirks quirks;
  private final Consumer<Query> log;
  private final ScheduledExecutorService scheduler;

  QueryHandler(
      ZoneResponder responder,
      FaultTable faults,
      Quirks quirks,
      Consumer<Query> log,
      ScheduledExecutorService scheduler) {
    this.responder = responder;
    this.faults = faults;
    this.quirks = quirks;
    this.log = log;
    this.scheduler = scheduler;
  }

  /**
   * Handles one query; {@code reply} receives the response bytes, possibly later (delay), or never
   * (drop, malformed query). {@code hangUp} is called when a TCP connection should be closed.
   */
  void handle(byte[] wire, Transport transport, Consumer<byte[]> reply, Runnable hangUp) {
    Message query;
    try {
      query = new Message(wire);
    } catch (IOException | RuntimeException malformed) {
      return;
    }
    Record question = query.getQuestion();
    if (query.getHeader().getFlag(Flags.QR) || question == null) {
      return;
    }
    RecordType type = RecordTypes.fromDnsjava(question.getType());
    String name = question.getName().toString().toLowerCase(java.util.Locale.ROOT);
    log.accept(
        new Query(
            name,
            type,
            transport,
            query.getHeader().getFlag(Flags.RD),
            System.nanoTime(),
            query.getOPT() != null && (query.getOPT().getFlags() & ExtendedFlags.DO) != 0));
    Optional<Fault> fault = faults.find(name, type);
    Duration delay = faults.delayAll();
    if (fault.isPresent() && fault.get().kind() == Fault.Kind.DELAY) {
      delay = delay.plus(fault.get().delayDuration(transport));
    }
    Fault.Kind kind = fault.map(Fault::kind).orElse(null);
    if (kind == Fault.Kind.DROP || (quirks.ednsDropped() && query.getOPT() != null)) {
      return;
    }
    if (kind == Fault.Kind.TCP_REFUSED && transport == Transport.TCP) {
      hangUp.run();
      return;
    }
    Runnable answer = () -> reply.accept(respond(query, kind, transport));
    if (delay.isZero()) {
      answer.run();
    } else {
      try {
        scheduler.schedule(answer, delay.toNanos(), TimeUnit.NANOSECONDS);
      } catch (RejectedExecutionException closing) {
        // the server is closing: no answer
      }
    }
  }

  private byte[] respond(Message query, Fault.Kind kind, Transport transport) {
    Message response;
    OPTRecord clientOpt = query.getOPT();
    if (quirks.ednsFormerr() && clientOpt != null) {
      return ZoneResponder.emptyResponse(query, Rcode.FORMERR).toWire();
    }
    if (query.getHeader().getOpcode() != Opcode.QUERY) {
      response = ZoneResponder.emptyResponse(query, Rcode.NOTIMP);
    } else if (kind == Fault.Kind.SERVFAIL) {
      response = ZoneResponder.emptyResponse(query, Rcode.SERVFAIL);
    } else if (kind == Fault.Kind.NXDOMAIN) {
      response = ZoneResponder.emptyResponse(query, Rcode.NXDOMAIN);
    } else if (kind == Fault.Kind.REFUSED) {
      response = ZoneResponder.emptyResponse(query, Rcode.REFUSED);
    } else {
      response = responder.respond(query);
    }
    if (quirks.oversizeUdp() && clientOpt != null && transport == Transport.UDP) {
      return padded(response, clientOpt.getPayloadSize());
    }
    if (clientOpt != null) {
      response.addRecord(new OPTRecord(MAX_UDP_PAYLOAD, 0, 0), Section.ADDITIONAL);
    }
    byte[] wire = response.toWire();
    boolean forceTc = kind == Fault.Kind.TRUNCATE || kind == Fault.Kind.TCP_REFUSED;
    if (transport == Transport.UDP && (forceTc || wire.length > udpLimit(clientOpt))) {
      return truncated(query, response).toWire();
    }
    return wire;
  }

  /**
   * The response with an EDNS Padding option (RFC 7830) that makes it {@value #OVERSIZE} bytes
   * larger than {@code offered}, TC never set: the oversize answer of {@link Quirks#oversizeUdp}.
   */
  private static byte[] padded(Message response, int offered) {
    int unpadded = response.toWire().length + OPT_OVERHEAD;
    int padding = Math.max(0, Math.max(offered, PLAIN_UDP_PAYLOAD) + OVERSIZE - unpadded);
    response.addRecord(
        new OPTRecord(
            MAX_UDP_PAYLOAD,
            0,
            0,
            0,
            List.of(new GenericEDNSOption(EDNS_PADDING, new byte[padding]))),
        Section.ADDITIONAL);
    return response.toWire();
  }

  private static int udpLimit(OPTRecord clientOpt) {
    if (clientOpt == null) {
      return PLAIN_UDP_PAYLOAD;
    }
    return Math.max(PLAIN_UDP_PAYLOAD, Math.min(clientOpt.getPayloadSize(), MAX_UDP_PAYLOAD));
  }

  private static Message truncated(Message query, Message full) {
    Message cut = ZoneResponder.emptyResponse(query, full.getHeader().getRcode());
    cut.getHeader().setFlag(Flags.TC);
    if (full.getHeader().getFlag(Flags.AA)) {
      cut.getHeader().setFlag(Flags.AA);
    }
    if (query.getOPT() != null) {
      cut.addRecord(new OPTRecord(MAX_UDP_PAYLOAD, 0, 0), Section.ADDITIONAL);
    }
    return cut;
  }
}
