package dev.mxbot.checks;

import dev.mxbot.core.Finding;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the report's advice for the customer's next edit is read from, decided by {@link
 * ChangeInProgress}: the nameservers' MX and SPF while a change of them is spreading, else the
 * resolver's.
 *
 * @param now the mail set-up the resolver's MX gives: where senders deliver today
 * @param mail the mail set-up advice follows: the nameservers' MX while an MX change is spreading,
 *     else {@code now}
 * @param spf the SPF records advice follows while an SPF change is spreading (the nameservers');
 *     empty otherwise, when the resolver's record is the one to edit
 * @param pending the change spreading, if any
 */
record AdviceBasis(
    MailSetup now, MailSetup mail, Optional<List<String>> spf, PendingChange pending) {

  /** Message key of the sentence a finding read from the nameservers carries. */
  static final String NOTE = "change.advice";

  /** Advice read from the resolver alone: nothing is spreading. */
  static AdviceBasis of(MailSetup now) {
    return new AdviceBasis(now, now, Optional.empty(), PendingChange.NONE);
  }

  /** True when the mail set-up advice follows is the nameservers', not the resolver's. */
  boolean mailFromNameservers() {
    return pending.mx().isPresent();
  }

  /**
   * {@code finding}, saying it follows what the nameservers serve when it was read from any of
   * {@code read} ({@code "MX"}, {@code "SPF"}) while that change is spreading; else unchanged. The
   * sentence is parameter {@code noteKey}, with the record types as {@code pending}.
   */
  Finding noted(Finding finding, String... read) {
    List<String> types = new ArrayList<>();
    for (String type : read) {
      if (type.equals("MX") ? pending.mx().isPresent() : pending.spf().isPresent()) {
        types.add(type);
      }
    }
    if (types.isEmpty()) {
      return finding;
    }
    Map<String, String> params = new LinkedHashMap<>(finding.params());
    params.put("noteKey", NOTE);
    params.put("pending", String.join(", ", types));
    return new Finding(finding.code(), finding.severity(), params);
  }
}
