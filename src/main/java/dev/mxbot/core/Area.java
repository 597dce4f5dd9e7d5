package dev.mxbot.core;

import java.util.Locale;

/**
 * The part of the mail set-up a finding is about; reports are grouped and guides chosen by area.
 */
public enum Area {
  DOMAIN,
  NAMESERVERS,
  MX,
  SPF,
  DMARC,
  DKIM,
  AUTOCONFIG,
  DNSSEC,
  CONSISTENCY;

  /** Lower-case id used in configuration ({@code bot-config/guides.yaml}) and message keys. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
