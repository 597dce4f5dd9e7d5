package dev.mxbot.interop;

/**
 * The loopback addresses of the mini internet: one per server, every authoritative server on port
 * 53 (mxbot asks nameservers by address on one port), the resolver on its own address.
 */
public final class Loopback {

  /** {@code a.root-servers.net}: the root zone. */
  public static final String ROOT = "127.0.10.1";

  /** {@code a.dns.it}: the {@code it.} registry. */
  public static final String TLD_IT = "127.0.10.2";

  /** {@code a.gtld-servers.net}: the {@code net.} registry. */
  public static final String TLD_NET = "127.0.10.3";

  /** {@code a.nic.com}: the {@code com.} registry. */
  public static final String TLD_COM = "127.0.10.4";

  /** {@code dns10.ovh.net}: OVHcloud's own zones {@code ovh.net.} and {@code ovh.com.}. */
  public static final String OVH_INFRA = "127.0.10.10";

  /** {@code ns1.google.com}: {@code google.com.}. */
  public static final String GOOGLE = "127.0.10.11";

  /** {@code dns109.ovh.net}: customer zones, first of the pair. */
  public static final String DNS109 = "127.0.10.20";

  /** {@code ns109.ovh.net}: customer zones, second of the pair. */
  public static final String NS109 = "127.0.10.21";

  /** {@code dns15.ovh.net}: another pair's server (pair mismatch). */
  public static final String DNS15 = "127.0.10.22";

  /** {@code sdns2.ovh.net}: OVHcloud's secondary DNS (parent/child mismatch). */
  public static final String SDNS2 = "127.0.10.23";

  /** Unbound, the validating recursive resolver mxbot is pointed at. */
  public static final String RESOLVER = "127.0.20.53";

  /** The port of every server. */
  public static final int PORT = 53;

  private Loopback() {}
}
