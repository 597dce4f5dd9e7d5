package dev.mxbot.dns;

import java.util.Locale;
import java.util.Set;
import org.xbill.DNS.Name;
import org.xbill.DNS.Record;
import org.xbill.DNS.TXTRecord;

/**
 * Turns dnsjava records into {@link DnsRecord} values: absolute lower-case owners and names in the
 * data, TXT strings unescaped and concatenated. Stateless.
 */
final class RecordFormatter {

  /** Types whose data holds only numbers and domain names, safe to lower-case as a whole. */
  private static final Set<RecordType> NAME_DATA =
      Set.of(RecordType.MX, RecordType.SRV, RecordType.CNAME, RecordType.NS, RecordType.PTR);

  private RecordFormatter() {}

  static DnsRecord format(Record record, RecordType type) {
    return new DnsRecord(name(record.getName()), type, record.getTTL(), data(record, type));
  }

  static String name(Name name) {
    String text = name.toString().toLowerCase(Locale.ROOT);
    return name.isAbsolute() ? text : text + ".";
  }

  private static String data(Record record, RecordType type) {
    if (record instanceof TXTRecord txt) {
      // getStrings() returns the strings still escaped (\" and \\) in dnsjava 3.7.1
      return String.join("", txt.getStrings(false));
    }
    String data = record.rdataToString();
    return NAME_DATA.contains(type) ? data.toLowerCase(Locale.ROOT) : data;
  }
}
