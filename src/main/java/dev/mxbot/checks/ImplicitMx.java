package dev.mxbot.checks;

import dev.mxbot.core.CheckContext;
import dev.mxbot.core.Finding;
import dev.mxbot.core.FindingCode;
import dev.mxbot.dns.DnsAnswer;
import dev.mxbot.dns.RecordType;
import java.util.concurrent.CompletableFuture;

/**
 * Without MX, senders deliver to the domain's own address (RFC 5321 §5.1): tells whether there is
 * one to fall back to.
 */
final class ImplicitMx {

  private final Lookups lookups;

  ImplicitMx(Lookups lookups) {
    this.lookups = lookups;
  }

  CompletableFuture<?> check(CheckContext context, DnsAnswer mx) {
    String name = context.domain().fqdn();
    CompletableFuture<DnsAnswer> a = lookups.resolve(context, name, RecordType.A);
    CompletableFuture<DnsAnswer> aaaa = lookups.resolve(context, name, RecordType.AAAA);
    return a.thenAcceptBoth(
        aaaa,
        (v4, v6) -> {
          if (v4.isOk() || v6.isOk()) {
            context.add(
                CacheTtl.of(
                    Finding.of(FindingCode.MX_NONE_IMPLICIT, "domain", context.domain().unicode()),
                    mx));
          } else if (v4.isNegative() && v6.isNegative()) {
            context.add(
                CacheTtl.of(
                    Finding.of(FindingCode.MX_NONE, "domain", context.domain().unicode()), mx));
          }
        });
  }
}
