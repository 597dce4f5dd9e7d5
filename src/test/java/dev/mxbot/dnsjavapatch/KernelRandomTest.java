package dev.mxbot.dnsjavapatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("dnsjava's query IDs and source ports come from the kernel's random device")
class KernelRandomTest {

  @Test
  @DisplayName("on a system with /dev/urandom, the generator reads it")
  void readsTheKernelsDevice() {
    assumeTrue(Files.isReadable(Path.of(KernelRandom.DEVICE)), "no /dev/urandom here");

    SecureRandom random = KernelRandom.create();

    assertThat(random).isInstanceOf(KernelRandom.class);
    assertThat(random.getAlgorithm()).isEqualTo("kernel:/dev/urandom");
  }

  @Test
  @DisplayName("query IDs drawn from it cover the whole range and do not repeat a pattern")
  void idsAreSpreadOverTheirRange() {
    SecureRandom random = KernelRandom.create();
    Set<Integer> ids = new HashSet<>();
    int high = 0;

    for (int i = 0; i < 2000; i++) {
      int id = random.nextInt(0xffff);
      assertThat(id).isBetween(0, 0xfffe);
      ids.add(id);
      high = Math.max(high, id);
    }

    // 2,000 draws from 65,535 values: about 30 collisions are expected, hundreds are not
    assertThat(ids).hasSizeGreaterThan(1900);
    assertThat(high).isGreaterThan(0xffff * 9 / 10);
  }

  @Test
  @DisplayName("every byte asked for is given, for small and large requests")
  void fillsWhatIsAsked() {
    SecureRandom random = KernelRandom.create();
    byte[] large = new byte[64 * 1024];

    random.nextBytes(large);

    int zeros = 0;
    for (byte b : large) {
      zeros += b == 0 ? 1 : 0;
    }
    // one byte in 256 is zero: an unfilled buffer would be all zeros
    assertThat(zeros).isBetween(100, 500);
    assertThat(random.generateSeed(16)).hasSize(16);
  }

  @Test
  @DisplayName("a seed given by a caller is accepted and changes nothing it must not")
  void seedIsHarmless() {
    SecureRandom random = KernelRandom.create();

    random.setSeed(42L);
    random.setSeed(new byte[] {1, 2, 3});

    assertThat(random.nextInt(10)).isBetween(0, 9);
  }

  @Test
  @DisplayName("without the device (Windows), the JDK's default generator, as dnsjava would use")
  void withoutTheDeviceTheJdksDefault() {
    SecureRandom random = KernelRandom.create("/nonexistent/urandom");

    assertThat(random).isNotInstanceOf(KernelRandom.class);
    assertThat(random.nextInt(10)).isBetween(0, 9);
  }
}
