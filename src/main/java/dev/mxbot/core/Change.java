package dev.mxbot.core;

import java.util.List;
import java.util.Objects;

/**
 * One record that differs from the last recorded check: {@code record} is its key in the report's
 * {@code records} ({@code ns}, {@code mx}, {@code spf}, {@code dmarc}, {@code dkim}), {@code
 * before} and {@code after} its values then and now, as {@link SeenRecords} writes them (an MX as
 * {@code "1 mx0.mail.ovh.net."}). Both were answered: an unanswered record is never compared.
 */
public record Change(String record, List<String> before, List<String> after) {

  public Change {
    Objects.requireNonNull(record, "record");
    before = List.copyOf(before);
    after = List.copyOf(after);
  }
}
