package dev.mxbot.dns.server;

/**
 * Server-wide transport misbehaviours of a {@link ZoneServer}, fixed when it is built (unlike
 * {@link Fault}s, which are per name and may change while it answers): the ways real nameservers
 * break TCP and EDNS(0), for tests and the demo. Immutable.
 *
 * @param udpOnly nothing listens on TCP: connections are refused
 * @param ednsFormerr a query with an OPT record is answered FORMERR without OPT, as a server that
 *     predates EDNS(0)
 * @param ednsDropped a query with an OPT record is never answered, as behind a firewall that drops
 *     EDNS(0)
 * @param oversizeUdp a UDP answer to an EDNS(0) query is padded past the size the client offered,
 *     and is never truncated nor marked TC
 */
record Quirks(boolean udpOnly, boolean ednsFormerr, boolean ednsDropped, boolean oversizeUdp) {

  static final Quirks NONE = new Quirks(false, false, false, false);

  Quirks withUdpOnly() {
    return new Quirks(true, ednsFormerr, ednsDropped, oversizeUdp);
  }

  Quirks withEdnsFormerr() {
    return new Quirks(udpOnly, true, ednsDropped, oversizeUdp);
  }

  Quirks withEdnsDropped() {
    return new Quirks(udpOnly, ednsFormerr, true, oversizeUdp);
  }

  Quirks withOversizeUdp() {
    return new Quirks(udpOnly, ednsFormerr, ednsDropped, true);
  }
}
