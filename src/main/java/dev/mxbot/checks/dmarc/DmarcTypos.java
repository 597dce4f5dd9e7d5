package dev.mxbot.checks.dmarc;

import dev.mxbot.checks.dmarc.DmarcRecord.Part;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Unknown DMARC tags that are one slip away from a known one ({@code rau=} for {@code rua=}, {@code
 * aspf=} typed {@code apsf=}): receivers ignore unknown tags (RFC 7489 §6.3), so the tag the owner
 * meant silently does nothing — most often no aggregate reports. One slip is one letter added,
 * dropped, changed, or two neighbours swapped; one-letter tags ({@code v}, {@code p}, {@code t})
 * are not suggested (too many names are one slip from them). Pure.
 */
public final class DmarcTypos {

  /** An unknown tag as written ({@code rau=mailto:…}) and the known tag it likely meant. */
  public record Typo(String written, String tag, String meant) {}

  private DmarcTypos() {}

  /** The likely typos of {@code record}, in record order. */
  public static List<Typo> of(DmarcRecord record) {
    List<Typo> typos = new ArrayList<>();
    for (Part part : record.parts()) {
      if (part.isTag() && DmarcTag.named(part.name()).isEmpty() && part.name().length() >= 2) {
        meant(part.name()).ifPresent(m -> typos.add(new Typo(part.written(), part.name(), m)));
      }
    }
    return typos;
  }

  private static Optional<String> meant(String name) {
    return Arrays.stream(DmarcTag.values())
        .map(DmarcTag::tagName)
        .filter(known -> known.length() >= 2 && oneSlip(name, known))
        .findFirst();
  }

  /** True when {@code a} and {@code b} differ by one insertion, deletion, change or swap. */
  public static boolean oneSlip(String a, String b) {
    if (a.equals(b) || Math.abs(a.length() - b.length()) > 1) {
      return false;
    }
    if (a.length() == b.length()) {
      int first = firstDifference(a, b);
      String restA = a.substring(first + 1);
      String restB = b.substring(first + 1);
      boolean changed = restA.equals(restB);
      boolean swapped =
          first + 1 < a.length()
              && a.charAt(first) == b.charAt(first + 1)
              && a.charAt(first + 1) == b.charAt(first)
              && a.substring(first + 2).equals(b.substring(first + 2));
      return changed || swapped;
    }
    String longer = a.length() > b.length() ? a : b;
    String shorter = a.length() > b.length() ? b : a;
    int first = firstDifference(shorter, longer);
    return shorter.equals(longer.substring(0, first) + longer.substring(first + 1));
  }

  private static int firstDifference(String a, String b) {
    int i = 0;
    while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
      i++;
    }
    return i;
  }
}
