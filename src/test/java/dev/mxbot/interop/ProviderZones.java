package dev.mxbot.interop;

import java.util.List;

/**
 * The providers' own zones: {@code ovh.net.} (nameserver and mail hosts), {@code ovh.com.} (the SPF
 * include) and {@code google.com.}. Mail hosts get public-looking addresses (not loopback, private,
 * documentation or otherwise reserved) because mxbot flags MX targets with reserved addresses; the
 * addresses are data only, nothing connects to them. Nameservers get their loopback address.
 */
final class ProviderZones {

  static final long SERIAL = 2026112601L;

  /** OVHcloud's current MX set (the home provider's "current" set of bot-config). */
  static final List<String> OVH_CURRENT_MX =
      List.of(
          "1 mx0.mail.ovh.net.",
          "5 mx1.mail.ovh.net.",
          "50 mx2.mail.ovh.net.",
          "100 mx3.mail.ovh.net.",
          "200 mx4.mail.ovh.net.");

  /** OVHcloud's 2016 MX set (documented, outdated). */
  static final List<String> OVH_2016_MX =
      List.of("1 mx1.mail.ovh.net.", "5 mx2.mail.ovh.net.", "10 mx3.mail.ovh.net.");

  private static final String DKIM_KEY =
      "\"v=DKIM1; k=ecdsa; \" \"p=MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEuXjL8BedydQYcAr3vt0tTOOWn65"
          + "Dosh8JUaaYiuTyWpAzZ1zrmVtiIC9DuSd6uZuvOxdO2wjecPPs8Y8dcq3bw==\"";

  private ProviderZones() {}

  static String ovhNet() {
    return ZoneText.start("ovh.net", SERIAL, "dns10.ovh.net.")
        .add("@ NS dns10.ovh.net.")
        .add("dns10 A " + Loopback.OVH_INFRA)
        .add("dns109 A " + Loopback.DNS109)
        .add("ns109 A " + Loopback.NS109)
        .add("dns15 A " + Loopback.DNS15)
        .add("sdns2 A " + Loopback.SDNS2)
        .add("mx0.mail A 37.59.20.10")
        .add("mx1.mail A 37.59.20.11")
        .add("mx2.mail A 37.59.20.12")
        .add("mx3.mail A 37.59.20.13")
        .add("mx4.mail A 37.59.20.14")
        .add("mailconfig A 37.59.21.41")
        .add("ssl0 A 37.59.21.42")
        .add("ovhmo1234567-selector1._domainkey.1234.ab.dkim.mail TXT " + DKIM_KEY)
        .add("ovhmo1234567-selector2._domainkey.1234.ab.dkim.mail TXT " + DKIM_KEY)
        .text();
  }

  static String ovhCom() {
    return ZoneText.start("ovh.com", SERIAL, "dns10.ovh.net.")
        .add("@ NS dns10.ovh.net.")
        .add("mx TXT \"v=spf1 ip4:37.59.20.0/24 ip6:2001:41d0:1::/48 ~all\"")
        .text();
  }

  static String googleCom() {
    return ZoneText.start("google.com", SERIAL, "ns1.google.com.")
        .add("@ NS ns1.google.com.")
        .add("ns1 A " + Loopback.GOOGLE)
        .add("smtp A 74.125.140.26")
        .add("aspmx.l A 74.125.140.27")
        .add("_spf TXT \"v=spf1 ip4:74.125.0.0/16 ~all\"")
        .text();
  }
}
