package dev.mxbot.dns;

import org.xbill.DNS.Type;

/**
 * Maps {@link RecordType} to dnsjava's type codes and back. Stateless. Public for the in-process
 * server ({@code dns.server}), which reads the type of each question it answers.
 */
public final class RecordTypes {

  private RecordTypes() {}

  static int toDnsjava(RecordType type) {
    return Type.value(type.name());
  }

  /** The {@link RecordType} of a dnsjava type code, or null when mxbot has none for it. */
  public static RecordType fromDnsjava(int type) {
    for (RecordType candidate : RecordType.values()) {
      if (toDnsjava(candidate) == type) {
        return candidate;
      }
    }
    return null;
  }
}
