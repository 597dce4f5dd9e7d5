package dev.mxbot.checks.dane;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mxbot.testing.TestCertificates;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** TLSA records against a presented chain: usages 2 and 3, selectors 0 and 1, matching 0 to 2. */
@DisplayName("TLSA matching (RFC 6698 §2.1, RFC 7672 §3.1)")
class TlsaMatchTest {

  @TempDir static Path dir;
  private static X509Certificate leaf;
  private static X509Certificate authority;
  private static List<X509Certificate> chain;

  private static X509Certificate read(Path pem) throws Exception {
    try (InputStream in = Files.newInputStream(pem)) {
      return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
    }
  }

  @BeforeAll
  static void certificates() throws Exception {
    TestCertificates made = TestCertificates.in(dir);
    authority = read(made.authority("ca"));
    made.server("mx", "ca", List.of("mx.example.it"));
    leaf = read(dir.resolve("mx.crt"));
    chain = List.of(leaf, authority);
  }

  private static TlsaRecord record(int usage, int selector, int matching, X509Certificate c) {
    return new TlsaRecord(usage, selector, matching, TlsaMatch.data(c, selector, matching));
  }

  @Test
  @DisplayName("DANE-EE: every selector and matching type of the leaf matches")
  void eeMatches() {
    for (int selector = 0; selector <= 1; selector++) {
      for (int matching = 0; matching <= 2; matching++) {
        assertThat(TlsaMatch.matches(record(3, selector, matching, leaf), chain))
            .as("3 %d %d", selector, matching)
            .isTrue();
      }
    }
  }

  @Test
  @DisplayName("DANE-EE naming the authority does not match: usage 3 is the leaf only")
  void eeIsTheLeafOnly() {
    assertThat(TlsaMatch.matches(record(3, 1, 1, authority), chain)).isFalse();
  }

  @Test
  @DisplayName("DANE-TA naming the authority in the chain matches")
  void taInChain() {
    assertThat(TlsaMatch.matches(record(2, 0, 1, authority), chain)).isTrue();
    assertThat(TlsaMatch.matches(record(2, 0, 1, authority), List.of(leaf))).isFalse();
  }

  @Test
  @DisplayName("other data, and PKIX usages, never match")
  void mismatches() {
    assertThat(TlsaMatch.matches(new TlsaRecord(3, 1, 1, "00".repeat(32)), chain)).isFalse();
    assertThat(TlsaMatch.matches(record(1, 1, 1, leaf), chain)).isFalse();
    assertThat(TlsaMatch.matches(record(3, 1, 1, leaf), List.of())).isFalse();
  }
}
