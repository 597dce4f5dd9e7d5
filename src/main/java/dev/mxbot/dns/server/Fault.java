package dev.mxbot.dns.server;

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

  private Fault(Kind kind, Duration delay) {
    this.kind = kind;
    this.delay = delay;
  }

  /** Answers normally, but only after {@code delay}; other queries are not held up. */
  public static Fault delay(Duration delay) {
    Objects.requireNonNull(delay, "delay");
    if (delay.isNegative()) {
      throw new IllegalArgumentException("negative delay: " + delay);
    }
    return new Fault(Kind.DELAY, delay);
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

  Duration delayDuration() {
    return delay;
  }

  @Override
  public String toString() {
    return kind == Kind.DELAY ? "delay(" + delay + ")" : kind.name().toLowerCase();
  }
}
