package dev.mxbot.interop;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.xbill.DNS.Section;
import org.xbill.DNS.TXTRecord;
import org.xbill.DNS.Type;

/**
 * Counts the DNS-querying terms of an SPF record and of everything it includes (RFC 7208 §4.6.4),
 * the way the harness test checks its SPF scenario without mxbot. Minimal: no macros.
 */
final class SpfCount {

  private final DnsProbe resolver;

  SpfCount(DnsProbe resolver) {
    this.resolver = resolver;
  }

  int lookups(String domain) throws IOException {
    String record = spf(domain);
    int count = 0;
    for (String term : record.split("\\s+")) {
      String mechanism = term.replaceFirst("^[-+~?]", "").toLowerCase(Locale.ROOT);
      if (mechanism.startsWith("include:")) {
        count += 1 + lookups(mechanism.substring("include:".length()));
      } else if (mechanism.startsWith("redirect=")) {
        count += 1 + lookups(mechanism.substring("redirect=".length()));
      } else if (mechanism.matches("(a|mx|ptr)([:/].*)?|exists:.*")) {
        count++;
      }
    }
    return count;
  }

  private String spf(String domain) throws IOException {
    List<String> records =
        resolver.askFully(domain, Type.TXT).getSection(Section.ANSWER).stream()
            .filter(r -> r.getType() == Type.TXT)
            .map(r -> String.join("", ((TXTRecord) r).getStrings()))
            .filter(text -> text.startsWith("v=spf1 "))
            .toList();
    if (records.size() != 1) {
      throw new IllegalStateException(domain + ": expected one SPF record, got " + records);
    }
    return records.get(0);
  }
}
