package dev.mxbot.dns;

/** The DNS record types mxbot asks for. */
public enum RecordType {
  A,
  AAAA,
  CNAME,
  MX,
  NS,
  SOA,
  SRV,
  TXT,
  PTR,
  CAA,
  DS,
  DNSKEY,
  TLSA
}
