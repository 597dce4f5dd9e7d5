package dev.mxbot.chat.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Slack's own published example of a signed request, and the ways a forgery can differ. */
@DisplayName("Slack request signatures")
class SignatureVerifierTest {

  private static final String SECRET = "8f742231b10e8888abcd99yyyzzz85a5";
  private static final String TIMESTAMP = "1531420618";
  private static final String BODY =
      "token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V"
          + "&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect"
          + "&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554"
          + "%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c";
  private static final String SIGNATURE =
      "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503";

  private static SignatureVerifier at(long epochSecond, String secret) {
    return new SignatureVerifier(
        secret, Clock.fixed(Instant.ofEpochSecond(epochSecond), ZoneOffset.UTC));
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  @DisplayName("Slack's published example verifies when the clock reads its timestamp")
  void publishedExample() {
    SignatureVerifier verifier = at(1531420618L, SECRET);
    assertThat(verifier.sign(TIMESTAMP, bytes(BODY))).isEqualTo(SIGNATURE);
    assertThat(verifier.verify(TIMESTAMP, bytes(BODY), SIGNATURE)).isTrue();
  }

  @Test
  @DisplayName("a timestamp 4 minutes old or 4 minutes ahead still verifies")
  void withinWindow() {
    assertThat(at(1531420618L + 240, SECRET).verify(TIMESTAMP, bytes(BODY), SIGNATURE)).isTrue();
    assertThat(at(1531420618L - 240, SECRET).verify(TIMESTAMP, bytes(BODY), SIGNATURE)).isTrue();
  }

  @Test
  @DisplayName("a tampered body is refused")
  void tamperedBody() {
    String tampered = BODY.replace("user_name=roadrunner", "user_name=coyote");
    assertThat(at(1531420618L, SECRET).verify(TIMESTAMP, bytes(tampered), SIGNATURE)).isFalse();
  }

  @Test
  @DisplayName("a request signed with another secret is refused")
  void wrongSecret() {
    assertThat(
            at(1531420618L, "00000000000000000000000000000000")
                .verify(TIMESTAMP, bytes(BODY), SIGNATURE))
        .isFalse();
  }

  @Test
  @DisplayName("a timestamp 6 minutes old is refused (replay)")
  void tooOld() {
    assertThat(at(1531420618L + 360, SECRET).verify(TIMESTAMP, bytes(BODY), SIGNATURE)).isFalse();
  }

  @Test
  @DisplayName("a timestamp 6 minutes in the future is refused too (Bolt alone accepts it)")
  void tooNew() {
    assertThat(at(1531420618L - 360, SECRET).verify(TIMESTAMP, bytes(BODY), SIGNATURE)).isFalse();
  }

  @Test
  @DisplayName("missing headers, a non-numeric timestamp or a truncated signature are refused")
  void malformed() {
    SignatureVerifier verifier = at(1531420618L, SECRET);
    assertThat(verifier.verify(null, bytes(BODY), SIGNATURE)).isFalse();
    assertThat(verifier.verify(TIMESTAMP, bytes(BODY), null)).isFalse();
    assertThat(verifier.verify("15314x0618", bytes(BODY), SIGNATURE)).isFalse();
    assertThat(verifier.verify(TIMESTAMP, bytes(BODY), SIGNATURE.substring(0, 20))).isFalse();
  }
}
