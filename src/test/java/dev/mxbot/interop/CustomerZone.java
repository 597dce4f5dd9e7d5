package dev.mxbot.interop;

import java.util.List;

/**
 * A customer zone with an OVHcloud mail setup: SOA, its own NS set, MX, SPF, DMARC,
 * autoconfiguration, DKIM CNAMEs, plus scenario-specific lines. Immutable; {@link #withMx} gives
 * the next version (serial + 1).
 *
 * @param domain the zone, without trailing dot
 * @param serial SOA serial
 * @param nameservers the zone's own NS set (absolute host names)
 * @param mx MX records ({@code "1 mx0.mail.ovh.net."})
 * @param mxTtl TTL of the MX set
 * @param spf the SPF record, without quotes
 * @param extra further lines, relative to the zone
 */
record CustomerZone(
    String domain,
    long serial,
    List<String> nameservers,
    List<String> mx,
    int mxTtl,
    String spf,
    List<String> extra) {

  static final String OVH_SPF = "v=spf1 include:mx.ovh.com ~all";

  CustomerZone {
    nameservers = List.copyOf(nameservers);
    mx = List.copyOf(mx);
    extra = List.copyOf(extra);
  }

  /** The healthy OVHcloud setup on the given nameservers. */
  static CustomerZone ovh(String domain, List<String> nameservers) {
    return new CustomerZone(
        domain,
        ProviderZones.SERIAL,
        nameservers,
        ProviderZones.OVH_CURRENT_MX,
        3600,
        OVH_SPF,
        List.of());
  }

  CustomerZone withSerial(long newSerial) {
    return new CustomerZone(domain, newSerial, nameservers, mx, mxTtl, spf, extra);
  }

  /** The next version of the zone with another MX set. */
  CustomerZone withMx(List<String> newMx) {
    return new CustomerZone(domain, serial + 1, nameservers, newMx, mxTtl, spf, extra);
  }

  CustomerZone withSpf(String newSpf) {
    return new CustomerZone(domain, serial, nameservers, mx, mxTtl, newSpf, extra);
  }

  /** The same zone with the MX set's TTL {@code seconds}. */
  CustomerZone withMxTtl(int seconds) {
    return new CustomerZone(domain, serial, nameservers, mx, seconds, spf, extra);
  }

  CustomerZone withExtra(List<String> lines) {
    return new CustomerZone(domain, serial, nameservers, mx, mxTtl, spf, lines);
  }

  /** The master file. */
  String text() {
    ZoneText zone = ZoneText.start(domain, serial, nameservers.get(0));
    nameservers.forEach(ns -> zone.add("@ NS " + ns));
    mx.forEach(record -> zone.add("@ " + mxTtl + " MX " + record));
    return zone.add("@ A 37.59.30.80")
        .add("www A 37.59.30.80")
        .add("@ TXT \"" + spf + "\"")
        .add("_dmarc TXT \"v=DMARC1; p=quarantine; rua=mailto:postmaster@" + domain + "\"")
        .add("_autodiscover._tcp SRV 0 0 443 mailconfig.ovh.net.")
        .add("_imaps._tcp SRV 0 0 993 ssl0.ovh.net.")
        .add("_submission._tcp SRV 0 0 465 ssl0.ovh.net.")
        .add("autoconfig CNAME mailconfig.ovh.net.")
        .add("autodiscover CNAME mailconfig.ovh.net.")
        .add("imap CNAME ssl0.ovh.net.")
        .add("mail CNAME ssl0.ovh.net.")
        .add("pop3 CNAME ssl0.ovh.net.")
        .add("smtp CNAME ssl0.ovh.net.")
        .add(
            "ovhmo1234567-selector1._domainkey CNAME"
                + " ovhmo1234567-selector1._domainkey.1234.ab.dkim.mail.ovh.net.")
        .add(
            "ovhmo1234567-selector2._domainkey CNAME"
                + " ovhmo1234567-selector2._domainkey.1234.ab.dkim.mail.ovh.net.")
        .addAll(extra)
        .text();
  }
}
