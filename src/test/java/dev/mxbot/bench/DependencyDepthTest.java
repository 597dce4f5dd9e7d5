package dev.mxbot.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The dependency depth is read off the zone data, chain by chain. */
@DisplayName("dependency depth of the benchmark zones")
class DependencyDepthTest {

  private static ZoneData data;

  @BeforeAll
  static void load() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("bot-config/bench/zones"))) {
      data = ZoneData.load(files.filter(p -> p.toString().endsWith(".zone")).sorted().toList());
    }
  }

  @Test
  @DisplayName("the OVHcloud customer: its SPF nests three TXT lookups below its own")
  void ovhCustomer() {
    DependencyDepth.Chain chain =
        new DependencyDepth(data).of("ovh-customer.it", data.dkimSelectors("ovh-customer.it"));

    assertThat(chain.rounds()).isEqualTo(4);
    assertThat(chain.path()).startsWith("TXT ovh-customer.it. → TXT mx.ovh.com.");
  }

  @Test
  @DisplayName("40 MX: the nameserver chain (NS, address, direct SOA) is the longest, 3")
  void mx40() {
    assertThat(new DependencyDepth(data).of("mx40.it", List.of()).rounds()).isEqualTo(3);
  }

  @Test
  @DisplayName("a DKIM CNAME to the provider's zone costs a second round trip")
  void dkimCname() {
    assertThat(data.lookup("ovhmo1234567-selector1._domainkey.ovh-customer.it", "TXT").rounds())
        .isEqualTo(2);
    assertThat(data.dkimSelectors("ovh-customer.it"))
        .containsExactly("ovhmo1234567-selector1", "ovhmo1234567-selector2");
  }

  @Test
  @DisplayName("the SPF of spf10.it: three levels, then an address")
  void spf10() {
    DependencyDepth.Chain chain = new SpfChains(data).longest("spf10.it");

    assertThat(chain.rounds()).isEqualTo(4);
    assertThat(chain.path()).contains("TXT _l2a.spf10.it.").contains("TXT _l3a.spf10.it.");
  }
}
