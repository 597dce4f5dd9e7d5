package dev.mxbot.providers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Which targets an expected autoconfiguration record accepts. */
@DisplayName("autoconfig record targets")
class AutoconfigRecordTest {

  private final AutoconfigRecord outlook =
      new AutoconfigRecord(
          "_autodiscover._tcp",
          AutoconfigRecord.Type.SRV,
          "mailconfig.ovh.net.",
          443,
          true,
          List.of(Pattern.compile("pro\\d+\\.mail\\.ovh\\.net", Pattern.CASE_INSENSITIVE)));

  @Test
  @DisplayName("the documented target, in any case, with or without the final dot")
  void documentedTarget() {
    assertThat(outlook.accepts("mailconfig.ovh.net.")).isTrue();
    assertThat(outlook.accepts("MailConfig.OVH.net")).isTrue();
  }

  @Test
  @DisplayName("another product's server matching an accepted pattern (Email Pro's pro1)")
  void otherProduct() {
    assertThat(outlook.accepts("pro1.mail.ovh.net.")).isTrue();
    assertThat(outlook.accepts("PRO23.mail.ovh.net")).isTrue();
  }

  @Test
  @DisplayName("anything else, including look-alikes, is a mismatch")
  void mismatch() {
    assertThat(outlook.accepts("autodiscover.outlook.com.")).isFalse();
    assertThat(outlook.accepts("pro1.mail.ovh.net.evil.example.")).isFalse();
    assertThat(outlook.accepts("xpro1.mail.ovh.net")).isFalse();
  }
}
