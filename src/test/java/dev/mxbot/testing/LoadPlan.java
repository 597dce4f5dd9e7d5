package dev.mxbot.testing;

import java.util.ArrayList;
import java.util.List;

/**
 * Who sends which {@code /mx} in a load test: many ordinary users each checking a few demo domains,
 * and a few hurried users sending more than the rate limit allows. Deterministic.
 */
public final class LoadPlan {

  /** Demo domains of varied shape, so shared diagnoses both join and miss. */
  static final List<String> DOMAINS =
      List.of(
          "mx-2016.it",
          "ovh-customer.it",
          "gmail-customer.it",
          "spf-includes.it",
          "spf-none.it",
          "dmarc-none.it",
          "dkim-none.it",
          "no-mx.it",
          "null-mx.it",
          "mx-legacy.it",
          "mixed-mx.it",
          "spf-loop.it",
          "spf-too-many-lookups.it",
          "dmarc-syntax.it",
          "ns-pair.it",
          "mx-alias.it",
          "autoconfig-missing.it",
          "redirect-only.it",
          "mx-unresolvable.it",
          "broken-dns.it");

  /** One command to send. */
  public record Command(int index, String user, String domain) {
    /** The id of its response_url / interaction. */
    public String id() {
      return "load-" + index;
    }
  }

  public final int perMinuteLimit;
  final int hurriedUsers;
  final int hurriedExcess;
  public final List<Command> commands;

  /**
   * @param total commands in all
   * @param perMinuteLimit checks allowed per user per minute
   * @param hurriedUsers users who send {@code perMinuteLimit + hurriedExcess} commands
   * @param hurriedExcess commands each hurried user sends beyond the limit
   */
  public LoadPlan(int total, int perMinuteLimit, int hurriedUsers, int hurriedExcess) {
    this.perMinuteLimit = perMinuteLimit;
    this.hurriedUsers = hurriedUsers;
    this.hurriedExcess = hurriedExcess;
    List<String> senders = new ArrayList<>();
    for (int u = 0; u < hurriedUsers; u++) {
      for (int i = 0; i < perMinuteLimit + hurriedExcess; i++) {
        senders.add("UHURRY" + u);
      }
    }
    int ordinary = 0;
    while (senders.size() < total) {
      // Ordinary users stay at half the limit.
      for (int i = 0; i < perMinuteLimit / 2 && senders.size() < total; i++) {
        senders.add("UCALM" + ordinary);
      }
      ordinary++;
    }
    // Interleave: spread every user's commands over the run.
    List<String> spread = new ArrayList<>(senders);
    java.util.Collections.shuffle(spread, new java.util.Random(8));
    List<Command> list = new ArrayList<>();
    for (int i = 0; i < total; i++) {
      list.add(new Command(i, spread.get(i), DOMAINS.get((i * 7) % DOMAINS.size())));
    }
    this.commands = List.copyOf(list);
  }

  /** Commands that must be turned away by the rate limit. */
  public int expectedLimited() {
    return hurriedUsers * hurriedExcess;
  }
}
