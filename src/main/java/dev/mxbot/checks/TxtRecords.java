package dev.mxbot.checks;

import dev.mxbot.dns.DnsAnswer;
import dev.mxbot.dns.DnsRecord;
import java.util.List;
import java.util.Locale;

/**
 * Picks the TXT records that carry a given mechanism version ({@code v=spf1}, {@code v=DMARC1}).
 */
final class TxtRecords {

  private TxtRecords() {}

  /**
   * The TXT records of {@code answer} whose text starts with {@code version} (case-insensitively)
   * followed by a space, a semicolon or the end.
   */
  static List<String> withVersion(DnsAnswer answer, String version) {
    String prefix = version.toLowerCase(Locale.ROOT);
    return answer.records().stream()
        .map(DnsRecord::data)
        .filter(
            text -> {
              String lower = text.toLowerCase(Locale.ROOT).stripLeading();
              return lower.startsWith(prefix)
                  && (lower.length() == prefix.length()
                      || lower.charAt(prefix.length()) == ' '
                      || lower.charAt(prefix.length()) == ';');
            })
        .map(String::strip)
        .toList();
  }
}
