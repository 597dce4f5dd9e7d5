package dev.mxbot.dns.server;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.xbill.DNS.CNAMERecord;
import org.xbill.DNS.ExtendedFlags;
import org.xbill.DNS.Flags;
import org.xbill.DNS.Message;
import org.xbill.DNS.NSRecord;
import org.xbill.DNS.Name;
import org.xbill.DNS.RRset;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.Section;
import org.xbill.DNS.SetResponse;
import org.xbill.DNS.Type;
import org.xbill.DNS.Zone;

/**
 * Answers one question from loaded zones the way an authoritative server does: AA answers, CNAME
 * chains inside the zone, NXDOMAIN/NODATA with the SOA, referrals below delegation points, REFUSED
 * outside its zones. With the DO bit, answers carry the RRSIGs of their RRsets (signed zones are
 * served as loaded, RRSIG records included); a DS question at the apex of a zone is answered from
 * its parent zone when this server also holds the parent (RFC 4035 §3.1.4.1). Thread safe once
 * built (zones are only read).
 */
final class ZoneResponder {

  private static final int MAX_CHAIN = 8;

  private final List<Zone> zones;
  private final Set<Name> authenticated;

  ZoneResponder(List<Zone> zones) {
    this(zones, Set.of());
  }

  /** Answers from {@code zones}; those whose origin is in {@code authenticated} with AD set. */
  ZoneResponder(List<Zone> zones, Set<Name> authenticated) {
    this.authenticated = Set.copyOf(authenticated);
    this.zones =
        zones.stream()
            .sorted(Comparator.comparingInt((Zone z) -> z.getOrigin().labels()).reversed())
            .toList();
  }

  /** A response to {@code query} without EDNS, size limits or faults applied. */
  Message respond(Message query) {
    Message response = emptyResponse(query, Rcode.NOERROR);
    Record question = query.getQuestion();
    int type = question.getType();
    if (type == Type.ANY || type == Type.AXFR || type == Type.IXFR) {
      response.getHeader().setRcode(Rcode.NOTIMP);
      return response;
    }
    Optional<Zone> zone = zoneFor(question.getName(), type);
    if (zone.isEmpty()) {
      response.getHeader().setRcode(Rcode.REFUSED);
      return response;
    }
    boolean dnssecOk =
        query.getOPT() != null && (query.getOPT().getFlags() & ExtendedFlags.DO) != 0;
    answer(zone.get(), question.getName(), type, response, dnssecOk);
    if (authenticated.contains(zone.get().getOrigin())) {
      response.getHeader().setFlag(Flags.AD);
    }
    return response;
  }

  /** A response echoing id, question and RD, with this rcode and no records. */
  static Message emptyResponse(Message query, int rcode) {
    Message response = new Message(query.getHeader().getID());
    response.getHeader().setFlag(Flags.QR);
    if (query.getHeader().getFlag(Flags.RD)) {
      response.getHeader().setFlag(Flags.RD);
    }
    if (query.getQuestion() != null) {
      response.addRecord(query.getQuestion(), Section.QUESTION);
    }
    response.getHeader().setRcode(rcode);
    return response;
  }

  /** The most specific zone holding {@code name}; for DS at an apex, the parent's if held. */
  private Optional<Zone> zoneFor(Name name, int type) {
    Optional<Zone> parent =
        type == Type.DS
            ? zones.stream()
                .filter(z -> !z.getOrigin().equals(name) && name.subdomain(z.getOrigin()))
                .findFirst()
            : Optional.empty();
    return parent.or(() -> zones.stream().filter(z -> name.subdomain(z.getOrigin())).findFirst());
  }

  private void answer(Zone zone, Name start, int type, Message response, boolean dnssecOk) {
    Set<Name> seen = new HashSet<>();
    Name name = start;
    if (type == Type.DS && dsAtCut(zone, start, response, dnssecOk)) {
      return;
    }
    while (seen.add(name) && seen.size() <= MAX_CHAIN) {
      SetResponse found = zone.findRecords(name, type);
      if (found.isDelegation()) {
        if (seen.size() == 1) {
          refer(zone, found.getNS(), response);
        }
        return;
      }
      response.getHeader().setFlag(Flags.AA);
      if (found.isSuccessful()) {
        for (RRset set : found.answers()) {
          addAll(set, response, Section.ANSWER);
          if (dnssecOk) {
            set.sigs().forEach(sig -> response.addRecord(sig, Section.ANSWER));
          }
        }
        return;
      }
      if (found.isNXDOMAIN() || found.isNXRRSET() || !found.isCNAME()) {
        if (found.isNXDOMAIN()) {
          response.getHeader().setRcode(Rcode.NXDOMAIN);
        }
        response.addRecord(zone.getSOA(), Section.AUTHORITY);
        return;
      }
      CNAMERecord cname = found.getCNAME();
      response.addRecord(cname, Section.ANSWER);
      name = cname.getTarget();
      if (!name.subdomain(zone.getOrigin())) {
        return;
      }
    }
  }

  /**
   * A DS question at a delegation point is the parent's to answer (dnsjava's lookup would refer):
   * the DS set, or NODATA. False when {@code name} is no delegation point of {@code zone}.
   */
  private static boolean dsAtCut(Zone zone, Name name, Message response, boolean dnssecOk) {
    if (name.equals(zone.getOrigin()) || zone.findExactMatch(name, Type.NS) == null) {
      return false;
    }
    response.getHeader().setFlag(Flags.AA);
    RRset ds = zone.findExactMatch(name, Type.DS);
    if (ds == null) {
      response.addRecord(zone.getSOA(), Section.AUTHORITY);
      return true;
    }
    addAll(ds, response, Section.ANSWER);
    if (dnssecOk) {
      ds.sigs().forEach(sig -> response.addRecord(sig, Section.ANSWER));
    }
    return true;
  }

  private static void refer(Zone zone, RRset ns, Message response) {
    addAll(ns, response, Section.AUTHORITY);
    for (Record record : ns.rrs(false)) {
      Name target = ((NSRecord) record).getTarget();
      for (int glueType : new int[] {Type.A, Type.AAAA}) {
        RRset glue = zone.findExactMatch(target, glueType);
        if (glue != null) {
          addAll(glue, response, Section.ADDITIONAL);
        }
      }
    }
  }

  /** In zone order: dnsjava's {@code rrs()} rotates, and answers must not change run to run. */
  private static void addAll(RRset set, Message response, int section) {
    set.rrs(false).forEach(record -> response.addRecord(record, section));
  }
}
