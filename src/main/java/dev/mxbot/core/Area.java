package dev.mxbot.core;

/**
 * The part of the mail set-up a finding is about; reports are grouped, guides chosen and
 * completeness told by area. Every {@link FindingCode} belongs to one area; every {@link Check}
 * answers for one.
 */
public enum Area {
  DOMAIN("domain"),
  DNS_HOST("dnsHost"),
  NAMESERVERS("nameservers"),
  MX("mx"),
  SPF("spf"),
  DMARC("dmarc"),
  DKIM("dkim"),
  MTA_STS("mtaSts"),
  TLS_RPT("tlsRpt"),
  BIMI("bimi"),
  DANE("dane"),
  SMTP("smtp"),
  AUTOCONFIG("autoconfig"),
  DNSSEC("dnssec"),
  PROPAGATION("propagation");

  private final String id;

  Area(String id) {
    this.id = id;
  }

  /**
   * The id of the contract (JSON {@code unchecked}), of configuration ({@code
   * bot-config/guides.yaml}) and of message keys ({@code area.<id>}).
   */
  public String id() {
    return id;
  }
}
