package dev.mxbot.dns;

/**
 * One resource record, library-neutral. {@code owner} is absolute (trailing dot), lower case.
 * {@code data} is the record data in master-file presentation form ({@code 10 mx1.mail.ovh.net.},
 * {@code 0 0 443 mailconfig.ovh.net.}), except for TXT where it is the record's character-strings
 * unescaped and concatenated, as SPF, DMARC and DKIM read them.
 */
public record DnsRecord(String owner, RecordType type, long ttl, String data) {

  /** MX view: preference and absolute exchange host. */
  public Mx asMx() {
    String[] parts = data.split(" ", 2);
    return new Mx(Integer.parseInt(parts[0]), parts[1]);
  }

  /** SRV view: priority, weight, port and absolute target. */
  public Srv asSrv() {
    String[] parts = data.split(" ");
    return new Srv(
        Integer.parseInt(parts[0]),
        Integer.parseInt(parts[1]),
        Integer.parseInt(parts[2]),
        parts[3]);
  }

  public record Mx(int preference, String host) {}

  public record Srv(int priority, int weight, int port, String target) {}
}
