package dev.mxbot.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.xbill.DNS.Flags;
import org.xbill.DNS.Message;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Type;

/**
 * Checks the mini internet itself, without mxbot: each scenario zone is asked directly, of Unbound
 * and of the authoritative servers, and must look the way the mxbot scenarios expect.
 */
@DisplayName("The mini internet (Knot + Unbound on loopback)")
class MiniInternetTest {

  private static MiniInternet world;

  @BeforeAll
  static void start() {
    assumeTrue(
        MiniInternet.unavailableReason().isEmpty(), () -> MiniInternet.unavailableReason().get());
    world = MiniInternet.start();
  }

  @AfterAll
  static void stop() {
    if (world != null) {
      world.close();
    }
  }

  private static DnsProbe resolver() {
    return DnsProbe.recursive(world.resolver());
  }

  @Test
  @DisplayName("starts in a few seconds")
  void startsQuickly() {
    assertThat(world.startupTime()).isLessThan(java.time.Duration.ofSeconds(10));
  }

  @Test
  @DisplayName("the signed healthy zone validates: Unbound sets AD")
  void healthyValidates() throws IOException {
    Message reply = resolver().ask(Domains.HEALTHY, Type.MX);

    assertThat(Rcode.string(reply.getRcode())).isEqualTo("NOERROR");
    assertThat(reply.getHeader().getFlag(Flags.AD)).as("AD").isTrue();
    assertThat(DnsProbe.rdata(reply, Type.MX)).hasSize(5);
  }
}
