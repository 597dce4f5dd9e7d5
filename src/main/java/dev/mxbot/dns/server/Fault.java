package dev.mxbot.dns.server;

import dev.mxbot.dns.server.ZoneServer.Transport;
import java.time.Duration;
import java.util.Objects;

/**
 * A misbehaviour {@link ZoneServer} shows for one name and type, for fault tests. Immutable, thread
 * safe.
 */
public final class Fault {

  enum Kind {
    DELAY,
    DROP,
    SERVFAIL,
    REFUSED,
    NXDOMAIN,
    TRUNCATE,
    TCP_REFUSED
  }

  private final Kind kind;
  private final Duration delay;
  private final Duration tcpDelay;

  private Fault(Kind kind, Duration delay) {
    this(kind, delay, delay);
  }

  private Fault(Kind kind, Duration delay, Duration tcpDelay) {
    this.kind = kind;
    this.delay = delay;
    this.tcpDelay = tcpDelay;
  }

  /** Answers normally, but only after {@code delay}; other queries are not held up. */
  public static Fault delay(Duration delay) {
    return delay(delay, delay);
  }

  /**
   * Answers normally, after {@code udp} over UDP and after {@code tcp} over TCP: a slow server, or
   * one slower still over TCP.
   */
  public static Fault delay(Duration udp, Duration tcp) {
    Objects.requireNonNull(udp, "udp");
    Objects.requireNonNull(tcp, "tcp");
    if (udp.isNegative() || tcp.isNegative()) {
      throw new IllegalArgumentException("negative delay: " + udp + ", " + tcp);
    }
    return new Fault(Kind.DELAY, udp, tcp);
  }

  /** Never answers. */
  public static Fault drop() {
    return new Fault(Kind.DROP, Duration.ZERO);
  }

  /** Answers SERVFAIL. */
  public static Fault servfail() {
    return new Fault(Kind.SERVFAIL, Duration.ZERO);
  }

  /** Answers REFUSED. */
  public static Fault refused() {
    return new Fault(Kind.REFUSED, Duration.ZERO);
  }

  /**
   * Answers NXDOMAIN ("no such name"), whatever the zone holds: a broken server that denies a name
   * for one type while it answers others.
   */
  public static Fault nxdomain() {
    return new Fault(Kind.NXDOMAIN, Duration.ZERO);
  }

  /** Over UDP answers with TC=1 and no records; over TCP answers normally. */
  public static Fault truncate() {
    return new Fault(Kind.TRUNCATE, Duration.ZERO);
  }

  /**
   * Over TCP closes the connection without answering; over UDP forces TC=1 as {@link #truncate}.
   */
  public static Fault tcpRefused() {
    return new Fault(Kind.TCP_REFUSED, Duration.ZERO);
  }

  Kind kind() {
    return kind;
  }

  Duration delayDuration(Transport transport) {
    return transport == Transport.TCP ? tcpDelay : delay;
  }

  @Override
  public String toString() {
    if (kind != Kind.DELAY) {
      return kind.name().toLowerCase();
    }
    return delay.equals(tcpDelay)
        ? "delay(" + delay + ")"
        : "delay(" + delay + ", over TCP " + tcpDelay + ")";
  }
}
