package dev.mxbot.chat.slack;

import java.time.Clock;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The signatures of the Slack requests accepted while their timestamp is still inside {@link
 * SignatureVerifier#WINDOW}: a verified request whose signature is already here is a replay (the
 * same timestamp and body sent again) and must not run a second time. Holds at most {@value #MAX}
 * signatures, expired ones dropped first, then the oldest. Thread safe.
 */
final class RecentSignatures {

  /** Far above Slack's traffic to one app in 5 minutes; bounds the memory a flood can take. */
  static final int MAX = 10_000;

  private final Clock clock;
  private final Map<String, Instant> expiries = new LinkedHashMap<>();

  RecentSignatures(Clock clock) {
    this.clock = clock;
  }

  /**
   * True the first time {@code signature} is offered while valid, false for a replay.
   *
   * @param timestampSeconds the request's verified {@code X-Slack-Request-Timestamp}
   */
  synchronized boolean firstTime(String signature, long timestampSeconds) {
    Instant now = clock.instant();
    dropExpired(now);
    if (expiries.containsKey(signature)) {
      return false;
    }
    if (expiries.size() >= MAX) {
      Iterator<String> oldest = expiries.keySet().iterator();
      oldest.next();
      oldest.remove();
    }
    expiries.put(signature, Instant.ofEpochSecond(timestampSeconds).plus(SignatureVerifier.WINDOW));
    return true;
  }

  private void dropExpired(Instant now) {
    Iterator<Instant> it = expiries.values().iterator();
    while (it.hasNext()) {
      if (it.next().isBefore(now)) {
        it.remove();
      } else if (expiries.size() < MAX) {
        return; // arrival order is nearly expiry order: the rest are younger
      }
    }
  }
}
