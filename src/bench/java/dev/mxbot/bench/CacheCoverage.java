package dev.mxbot.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * What a cold {@code check} took from outside the launcher's class cache, read from the JVM's
 * {@code -Xlog:class+load=info,class+init=info} lines: the classes loaded from elsewhere (each one
 * parsed, or generated, on every run) and whether mxbot's jar was read at all (its directory of
 * 26,000 entries costs about 10 ms; see architecture.md, "A cold check"). A rise in either is a
 * regression of start-up; {@code PackagedCheckIT} holds the packaged jar to it where a JDK 25+ is
 * found.
 *
 * @param outside the classes loaded from outside the cache, in load order
 * @param jarRead whether a jar was opened ({@code java.util.zip.ZipFile$Source} initialised)
 */
public record CacheCoverage(List<String> outside, boolean jarRead) {

  /** The JVM's log lines of one run. */
  public static CacheCoverage of(List<String> log) {
    List<String> outside = new ArrayList<>();
    boolean jarRead = false;
    for (String line : log) {
      if (line.contains("Initializing 'java/util/zip/ZipFile$Source'")) {
        jarRead = true;
      }
      int source = line.indexOf(" source: ");
      if (source > 0 && line.contains("[class,load]") && !line.endsWith("shared objects file")) {
        String head = line.substring(0, source);
        outside.add(head.substring(head.lastIndexOf(' ') + 1));
      }
    }
    return new CacheCoverage(List.copyOf(outside), jarRead);
  }

  /** One line for the report: how many classes, the first few, and whether the jar was read. */
  public String shown() {
    String names = String.join(", ", outside.subList(0, Math.min(4, outside.size())));
    return outside.size()
        + " classes loaded from outside the cache"
        + (outside.isEmpty() ? "" : " (" + names + (outside.size() > 4 ? ", …" : "") + ")")
        + "; mxbot's jar read: "
        + (jarRead ? "yes" : "no");
  }
}
