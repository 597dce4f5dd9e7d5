package dev.mxbot.checks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mxbot.core.CheckOptions;
import dev.mxbot.core.Diagnosis;
import dev.mxbot.core.DomainName;
import dev.mxbot.core.Finding;
import dev.mxbot.core.FindingCode;
import dev.mxbot.core.Report;
import dev.mxbot.testing.DemoWorld;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** What one ordinary /mx costs the DNS, counted at the in-process server that answers it all. */
@DisplayName("/mx on the healthy demo customer")
class DemoQuestionCountTest {

  private static DemoWorld world;

  @BeforeAll
  static void startWorld() throws Exception {
    world = DemoWorld.start();
  }

  @AfterAll
  static void stopWorld() {
    world.close();
  }

  @Test
  @DisplayName("the whole diagnosis of ovh-customer.it sends at most 60 DNS questions")
  void ovhCustomer() {
    world.server.resetLog();

    Report report =
        world
            .app
            .get(Diagnosis.class)
            .diagnose("ovh-customer.it", DomainName.of("ovh-customer.it"), CheckOptions.NONE);

    List<String> questions =
        world.server.queries().stream()
            .map(q -> q.type() + " " + q.name() + (q.recursionDesired() ? "" : " (direct)"))
            .sorted()
            .toList();
    assertThat(report.findings())
        .extracting(Finding::code)
        .contains(FindingCode.MX_HOME_CURRENT, FindingCode.SPF_VALID, FindingCode.DMARC_VALID);
    assertThat(questions).hasSizeLessThanOrEqualTo(60);
  }
}
