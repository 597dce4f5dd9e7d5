package dev.mxbot.interop;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/** The scenario zones of {@link Domains}: their content and which servers serve them. */
final class CustomerPlacements {

  static final String DNS109 = "dns109.ovh.net.";
  static final String NS109 = "ns109.ovh.net.";
  static final String DNS15 = "dns15.ovh.net.";
  static final String SDNS2 = "sdns2.ovh.net.";

  private static final List<String> PAIR = List.of(DNS109, NS109);
  private static final List<String> BOTH = List.of("dns109", "ns109");

  private CustomerPlacements() {}

  static List<Placement> all() {
    List<Placement> all = new ArrayList<>();
    all.add(new Placement(CustomerZone.ovh(Domains.HEALTHY, PAIR), BOTH, PAIR));
    all.add(new Placement(CustomerZone.ovh(Domains.BOGUS, PAIR), BOTH, PAIR));
    all.add(new Placement(CustomerZone.ovh(Domains.UNSIGNED, PAIR), BOTH, PAIR));
    all.add(new Placement(CustomerZone.ovh(Domains.LAME, PAIR), List.of("dns109"), PAIR));
    CustomerZone first = CustomerZone.ovh(Domains.SERIAL_MISMATCH, PAIR);
    all.add(new Placement(first, List.of("dns109"), PAIR));
    all.add(new Placement(first.withMx(ProviderZones.OVH_2016_MX), List.of("ns109"), PAIR));
    all.add(
        new Placement(
            CustomerZone.ovh(Domains.NS_MISMATCH, List.of(DNS109, SDNS2)),
            List.of("dns109", "ns109", "sdns2"),
            PAIR));
    all.add(new Placement(spfLookups(), BOTH, PAIR));
    all.add(new Placement(bigTxt(), BOTH, PAIR));
    all.add(new Placement(CustomerZone.ovh(Domains.PROPAGATION, PAIR), BOTH, PAIR));
    all.add(new Placement(CustomerZone.ovh(Domains.WATCHED, PAIR).withMxTtl(20), BOTH, PAIR));
    List<String> unpaired = List.of(NS109, DNS15);
    all.add(
        new Placement(
            CustomerZone.ovh(Domains.PAIR_MISMATCH, unpaired),
            List.of("ns109", "dns15"),
            unpaired));
    all.add(new Placement(CustomerZone.ovh(Domains.RSASHA1, PAIR), BOTH, PAIR));
    all.add(new Placement(CustomerZone.ovh(Domains.SHORT_SIGNATURES, PAIR), BOTH, PAIR));
    all.add(glueMismatch());
    CustomerZone pairOnly = CustomerZone.ovh(Domains.NS_SET_MISMATCH, PAIR);
    all.add(new Placement(pairOnly, List.of("dns109"), PAIR));
    all.add(
        new Placement(
            CustomerZone.ovh(Domains.NS_SET_MISMATCH, List.of(DNS109, NS109, SDNS2)),
            List.of("ns109", "sdns2"),
            PAIR));
    for (String domain : List.of(Domains.MTA_STS_ENFORCE, Domains.MTA_STS_MISMATCH)) {
      all.add(
          new Placement(
              CustomerZone.ovh(domain, PAIR)
                  .withExtra(
                      List.of(
                          "_mta-sts TXT \"v=STSv1; id=20261205\"", "mta-sts A " + Loopback.POLICY)),
              BOTH,
              PAIR));
    }
    return all;
  }

  /**
   * ns2 moved from ns109's address to sdns2's: the zone says so, the registry's glue still holds
   * the old address. Every address serves the zone, so only the glue is wrong.
   */
  private static Placement glueMismatch() {
    String domain = Domains.GLUE_MISMATCH;
    List<String> inZone = List.of("ns1." + domain + ".", "ns2." + domain + ".");
    CustomerZone zone =
        CustomerZone.ovh(domain, inZone)
            .withExtra(List.of("ns1 A " + Loopback.DNS109, "ns2 A " + Loopback.SDNS2));
    List<String> glue =
        List.of(
            "ns1." + domain + ". A " + Loopback.DNS109, "ns2." + domain + ". A " + Loopback.NS109);
    return new Placement(zone, List.of("dns109", "ns109", "sdns2"), inZone, glue);
  }

  /**
   * SPF needing 11 DNS lookups (RFC 7208 §4.6.4 allows 10): the domain's record counts 4 (two
   * includes, {@code a}, {@code mx}; {@code mx.ovh.com} adds none), {@code _spf1} 4, {@code _spf2}
   * 3, three levels deep. Every name looked up exists, so there is no void lookup.
   */
  private static CustomerZone spfLookups() {
    String domain = Domains.SPF_LOOKUPS;
    return CustomerZone.ovh(domain, PAIR)
        .withSpf("v=spf1 include:_spf1." + domain + " include:mx.ovh.com a mx ~all")
        .withExtra(
            List.of(
                "_spf1 TXT \"v=spf1 include:_spf2."
                    + domain
                    + " a:out1."
                    + domain
                    + " mx:"
                    + domain
                    + " a:out2."
                    + domain
                    + " -all\"",
                "_spf2 TXT \"v=spf1 a:out3."
                    + domain
                    + " a:out4."
                    + domain
                    + " a:out5."
                    + domain
                    + " -all\"",
                "out1 A 37.59.31.1",
                "out2 A 37.59.31.2",
                "out3 A 37.59.31.3",
                "out4 A 37.59.31.4",
                "out5 A 37.59.31.5"));
  }

  /** 40 verification TXT records of ~130 bytes each next to the SPF record: about 5 KB. */
  private static CustomerZone bigTxt() {
    List<String> filler =
        IntStream.rangeClosed(1, 40)
            .mapToObj(
                i ->
                    "@ TXT \"site-verification-%02d=%s\""
                        .formatted(i, "0123456789abcdef".repeat(7).substring(0, 100)))
            .toList();
    return CustomerZone.ovh(Domains.BIG_TXT, PAIR).withExtra(filler);
  }
}
