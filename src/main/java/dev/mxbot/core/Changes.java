package dev.mxbot.core;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What changed since the last recorded check of the same domain in the same scope (team, guild,
 * {@code cli}): {@code since} is that check's time, {@code at} this one's (so "3 h ago" reads the
 * same whenever it is shown), {@code items} the records that differ, in the order of the report's
 * {@code records} (empty when nothing changed). A report has none ({@code null}) when nothing was
 * recorded before, or no store is configured. Pure.
 */
public record Changes(Instant since, Instant at, List<Change> items) {

  public Changes {
    Objects.requireNonNull(since, "since");
    Objects.requireNonNull(at, "at");
    items = List.copyOf(items);
  }

  /**
   * Compares two sets of {@link SeenRecords}: a record is compared only when it was answered both
   * times (a {@code null} list on either side is skipped); the order of values does not matter.
   */
  public static Changes between(
      Instant since,
      Map<String, List<String>> before,
      Instant at,
      Map<String, List<String>> after) {
    List<Change> items = new ArrayList<>();
    for (String key : SeenRecords.KEYS) {
      List<String> then = before.get(key);
      List<String> now = after.get(key);
      if (then == null || now == null) {
        continue;
      }
      if (!SeenRecords.sorted(then).equals(SeenRecords.sorted(now))) {
        items.add(new Change(key, then, now));
      }
    }
    return new Changes(since, at, items);
  }

  /** True when at least one record changed. */
  public boolean any() {
    return !items.isEmpty();
  }
}
