package dev.mxbot.checks.policy;

import java.util.Locale;
import java.util.Optional;

/**
 * A BIMI assertion record ({@code default._bimi}, draft-brand-indicators-for-message-identification
 * §4.2): {@code v=BIMI1} first, then {@code name=value} tags separated by semicolons. {@code l=} is
 * where the logo (SVG) is and {@code a=} where its certificate (VMC) is; each, when not empty, must
 * be an {@code https:} URL. An empty {@code l=} (with an empty or absent {@code a=}) is a
 * declination: the domain says it has no logo. Unknown tags are ignored. Nothing is fetched: the
 * URLs are read as text only.
 *
 * @param location the {@code l=} value, empty when the tag is empty or absent
 * @param authority the {@code a=} value, empty when the tag is empty or absent
 */
public record BimiRecord(String location, String authority) {

  /** The version every BIMI record starts with (compared case-insensitively). */
  public static final String VERSION = "v=BIMI1";

  /** True when the domain declines BIMI: no logo and no certificate. */
  public boolean declines() {
    return location.isEmpty() && authority.isEmpty();
  }

  /** True when {@code text} starts with the version tag (what receivers keep). */
  public static boolean startsWithVersion(String text) {
    return text.strip().split(";", 2)[0].replace(" ", "").equalsIgnoreCase(VERSION);
  }

  /** True when {@code text} is meant as BIMI: it names the version anywhere. */
  public static boolean isMeant(String text) {
    return text.toLowerCase(Locale.ROOT)
        .replace(" ", "")
        .contains(VERSION.toLowerCase(Locale.ROOT));
  }

  /** What makes {@code text} unusable, or empty when receivers can use it. */
  public static Optional<RecordProblem> problem(String text) {
    if (!startsWithVersion(text)) {
      return Optional.of(new RecordProblem("version", text.strip()));
    }
    String[] tags = text.strip().split(";");
    String location = null;
    String authority = null;
    for (int i = 1; i < tags.length; i++) {
      String tag = tags[i].strip();
      if (tag.isEmpty() && i == tags.length - 1) {
        continue;
      }
      int eq = tag.indexOf('=');
      if (eq <= 0) {
        return Optional.of(new RecordProblem("syntax", tag));
      }
      String name = tag.substring(0, eq).strip().toLowerCase(Locale.ROOT);
      String value = tag.substring(eq + 1).strip();
      if (name.equals("l") || name.equals("a")) {
        if ((name.equals("l") ? location : authority) != null) {
          return Optional.of(new RecordProblem("syntax", tag));
        }
        if (!value.isEmpty() && !TlsRptRecord.isHttpsUrl(value)) {
          return Optional.of(new RecordProblem(name.equals("l") ? "location" : "authority", value));
        }
        if (name.equals("l")) {
          location = value;
        } else {
          authority = value;
        }
      }
    }
    if (location == null) {
      return Optional.of(new RecordProblem("no_location", ""));
    }
    return Optional.empty();
  }

  /** Reads a record {@link #problem} found nothing wrong with. */
  public static BimiRecord read(String text) {
    String location = "";
    String authority = "";
    for (String tag : text.strip().split(";")) {
      int eq = tag.indexOf('=');
      if (eq > 0) {
        String name = tag.substring(0, eq).strip().toLowerCase(Locale.ROOT);
        if (name.equals("l")) {
          location = tag.substring(eq + 1).strip();
        } else if (name.equals("a")) {
          authority = tag.substring(eq + 1).strip();
        }
      }
    }
    return new BimiRecord(location, authority);
  }
}
