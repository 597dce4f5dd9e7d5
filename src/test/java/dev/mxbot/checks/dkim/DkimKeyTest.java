package dev.mxbot.checks.dkim;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mxbot.checks.dkim.DkimKey.Problem;
import java.math.BigInteger;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Reading a DKIM key record")
public class DkimKeyTest {

  private static String rsaKey(int bits) throws Exception {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
    generator.initialize(bits);
    return Base64.getEncoder().encodeToString(generator.generateKeyPair().getPublic().getEncoded());
  }

  @Test
  @DisplayName("a 2048-bit RSA key split over several strings, with spaces, is usable")
  void rsa2048() throws Exception {
    String key = rsaKey(2048);
    String folded = key.substring(0, 100) + " " + key.substring(100);

    DkimKey read = DkimKey.read("v=DKIM1; k=rsa; p=" + folded);

    assertThat(read.usable()).isTrue();
    assertThat(read.bits()).isEqualTo(2048);
    assertThat(read.label()).isEqualTo("RSA-2048");
  }

  /**
   * A public key whose modulus has exactly {@code bits} bits, built without generating primes:
   * enough for reading its size, and instant even at 8192 bits.
   */
  public static String rsaKeyOfSize(int bits) throws Exception {
    BigInteger modulus = BigInteger.ONE.shiftLeft(bits - 1).add(BigInteger.ONE);
    return Base64.getEncoder()
        .encodeToString(
            KeyFactory.getInstance("RSA")
                .generatePublic(new RSAPublicKeySpec(modulus, BigInteger.valueOf(65537)))
                .getEncoded());
  }

  @Test
  @DisplayName("an 8192-bit RSA key is usable but too large (RFC 8301 stops at 4096); 4096 is not")
  void rsaTooLarge() throws Exception {
    DkimKey large = DkimKey.read("v=DKIM1; k=rsa; p=" + rsaKeyOfSize(8192));
    DkimKey limit = DkimKey.read("v=DKIM1; k=rsa; p=" + rsaKeyOfSize(4096));

    assertThat(large.usable()).isTrue();
    assertThat(large.tooLarge()).isTrue();
    assertThat(large.label()).isEqualTo("RSA-8192");
    assertThat(limit.tooLarge()).isFalse();
    assertThat(DkimKey.read("v=DKIM1; k=rsa; p=" + rsaKeyOfSize(512)).tooLarge()).isFalse();
  }

  @Test
  @DisplayName("k= defaults to rsa, and 1024 bits are still accepted")
  void rsaDefault() throws Exception {
    assertThat(DkimKey.read("p=" + rsaKey(1024)).label()).isEqualTo("RSA-1024");
  }

  @Test
  @DisplayName("a 512-bit RSA key is too short (RFC 8301)")
  void rsaTooShort() throws Exception {
    DkimKey read = DkimKey.read("v=DKIM1; k=rsa; p=" + rsaKey(512));

    assertThat(read.usable()).isFalse();
    assertThat(read.problem()).contains(Problem.of("rsa_short", "bits", "512"));
  }

  @Test
  @DisplayName("a key that is not base64 is reported as such")
  void badBase64() {
    assertThat(DkimKey.read("v=DKIM1; p=MIIB!!notbase64").problem())
        .contains(Problem.of("not_base64"));
  }

  @Test
  @DisplayName("base64 that is not an RSA public key is reported")
  void notAKey() {
    assertThat(DkimKey.read("v=DKIM1; p=aGVsbG8gd29ybGQ=").problem())
        .contains(Problem.of("not_rsa"));
  }

  @Test
  @DisplayName("no p= tag, and an empty p= (revoked key), are not usable")
  void missingAndRevoked() {
    assertThat(DkimKey.read("v=DKIM1; k=rsa").problem()).contains(Problem.of("no_key"));
    assertThat(DkimKey.read("v=DKIM1; k=rsa; p=").problem()).contains(Problem.of("revoked"));
    assertThat(DkimKey.read("v=DKIM1; k=rsa; p= ;").problem()).contains(Problem.of("revoked"));
  }

  @Test
  @DisplayName("an Ed25519 key is 32 raw bytes (RFC 8463)")
  void ed25519() {
    String good = Base64.getEncoder().encodeToString(new byte[32]);
    String shortKey = Base64.getEncoder().encodeToString(new byte[31]);

    assertThat(DkimKey.read("v=DKIM1; k=ed25519; p=" + good).label()).isEqualTo("Ed25519");
    assertThat(DkimKey.read("v=DKIM1; k=ed25519; p=" + shortKey).problem())
        .contains(Problem.of("ed25519_length", "bytes", "31"));
  }

  @Test
  @DisplayName("an unknown key type or version is not usable")
  void unknownTypeOrVersion() {
    assertThat(DkimKey.read("v=DKIM1; k=dsa; p=AAAA").problem())
        .contains(Problem.of("key_type", "type", "dsa"));
    assertThat(DkimKey.read("v=DKIM2; p=AAAA").problem())
        .contains(Problem.of("version", "version", "DKIM2"));
  }

  @Test
  @DisplayName("only DKIM-looking texts count as keys, not a wildcard's SPF")
  void recognised() {
    assertThat(DkimKey.isDkim("v=DKIM1; p=")).isTrue();
    assertThat(DkimKey.isDkim("k=rsa; p=AAAA")).isTrue();
    assertThat(DkimKey.isDkim("v=spf1 include:mx.ovh.com ~all")).isFalse();
  }
}
