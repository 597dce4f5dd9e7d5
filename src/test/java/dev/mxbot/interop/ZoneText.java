package dev.mxbot.interop;

import java.util.ArrayList;
import java.util.List;

/** A master file under construction: {@code $ORIGIN}, {@code $TTL}, SOA, then record lines. */
final class ZoneText {

  private final List<String> lines = new ArrayList<>();

  private ZoneText(String origin, long serial, String primary, int ttl) {
    String apex = origin.equals(".") ? "." : origin + ".";
    lines.add("$ORIGIN " + apex);
    lines.add("$TTL " + ttl);
    String mailbox = "hostmaster." + (origin.equals(".") ? "root-servers.net." : apex);
    lines.add("@ SOA " + primary + " " + mailbox + " " + serial + " 3600 900 604800 300");
  }

  /** Starts a zone; {@code origin} without the trailing dot ({@code "."} for the root). */
  static ZoneText start(String origin, long serial, String primary) {
    return new ZoneText(origin, serial, primary, 3600);
  }

  ZoneText add(String line) {
    lines.add(line);
    return this;
  }

  ZoneText addAll(List<String> more) {
    lines.addAll(more);
    return this;
  }

  String text() {
    return String.join("\n", lines) + "\n";
  }
}
