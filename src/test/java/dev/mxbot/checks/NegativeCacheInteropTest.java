package dev.mxbot.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.mxbot.core.CheckOptions;
import dev.mxbot.core.Diagnosis;
import dev.mxbot.core.DomainName;
import dev.mxbot.core.Finding;
import dev.mxbot.core.FindingCode;
import dev.mxbot.core.Report;
import dev.mxbot.dns.DnsSettings;
import dev.mxbot.dns.DnsjavaDns;
import dev.mxbot.interop.Domains;
import dev.mxbot.interop.MiniInternet;
import dev.mxbot.testing.ChecksOn;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * {@code NEGATIVE_CACHE_PENDING} against a real resolver: Unbound caches the NXDOMAIN of a DKIM
 * selector asked before it existed, Knot then serves it, and Unbound's negative answer carries the
 * SOA whose TTL counts down (RFC 2308). Runs only when knotd and unbound are installed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DisplayName("a cached absence against Knot DNS and Unbound")
class NegativeCacheInteropTest {

  private MiniInternet internet;
  private DnsjavaDns dns;
  private Diagnosis diagnosis;

  @BeforeAll
  void start() {
    Optional<String> unavailable = MiniInternet.unavailableReason();
    assumeTrue(unavailable.isEmpty(), unavailable::get);
    internet = MiniInternet.start();
    dns =
        new DnsjavaDns(
            DnsSettings.using(List.of(internet.resolver()))
                .withAuthoritativePort(internet.authoritativePort())
                .withPrivateAddressesAllowed(true));
    diagnosis = ChecksOn.diagnosis(dns, Duration.ofSeconds(6));
  }

  @AfterAll
  void stop() {
    if (dns != null) {
      dns.close();
    }
    if (internet != null) {
      internet.close();
    }
  }

  private Report diagnose(String domain, String selector) {
    return diagnosis.diagnose(domain, DomainName.of(domain), new CheckOptions(List.of(selector)));
  }

  @Test
  @DisplayName(
      "/mx dkim=fresh, then the key is added: Unbound still answers NXDOMAIN from its cache,"
          + " NEGATIVE_CACHE_PENDING says until when (SOA MINIMUM 300 s at most)")
  void addedAfterBeingAskedFor() {
    String domain = Domains.UNSIGNED;
    Report before = diagnose(domain, "fresh");
    assertThat(before.findings())
        .extracting(Finding::code)
        .doesNotContain(FindingCode.NEGATIVE_CACHE_PENDING, FindingCode.DNS_TIMEOUT);

    internet.addRecords(domain, List.of("fresh._domainkey TXT \"v=DKIM1; k=rsa; p=\""));
    Report after = diagnose(domain, "fresh");

    List<Finding> pending =
        after.findings().stream()
            .filter(f -> f.code() == FindingCode.NEGATIVE_CACHE_PENDING)
            .toList();
    assertThat(pending).as("findings: %s", after.findings()).hasSize(1);
    assertThat(pending.get(0).params())
        .containsEntry("record", "TXT fresh._domainkey." + domain)
        .hasEntrySatisfying("remaining", r -> assertThat(r).matches("[1-9]\\d* (s|min)"))
        .hasEntrySatisfying("until", u -> assertThat(u).matches("\\d\\d:\\d\\d UTC"));
  }
}
