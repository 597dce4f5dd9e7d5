package dev.mxbot.dnsjavapatch;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.DecimalFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("a TXT string's non-printable byte is written \\DDD, as dnsjava writes it")
class ByteFormatTest {

  @Test
  @DisplayName("three digits at least: a bell is \\007, byte 200 is \\200")
  void threeDigits() {
    assertThat(ByteFormat.get().format(7L)).isEqualTo("007");
    assertThat(ByteFormat.get().format(200L)).isEqualTo("200");
    assertThat(ByteFormat.get().format(0L)).isEqualTo("000");
  }

  @Test
  @DisplayName("the same format as dnsjava's own: the default locale, three integer digits")
  void sameAsDnsjavas() {
    DecimalFormat dnsjavas = new DecimalFormat();
    dnsjavas.setMinimumIntegerDigits(3);

    assertThat(ByteFormat.get()).isEqualTo(dnsjavas);
  }

  @Test
  @DisplayName("each use has a format of its own: diagnoses writing such strings at once agree")
  void safeAcrossThreads() throws Exception {
    assertThat(ByteFormat.get()).isNotSameAs(ByteFormat.get());
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Boolean>> results = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        results.add(
            pool.submit(
                () -> {
                  for (long b = 0; b < 256; b++) {
                    String text = ByteFormat.get().format(b);
                    if (Long.parseLong(text) != b || text.length() != 3) {
                      return false;
                    }
                  }
                  return true;
                }));
      }
      for (Future<Boolean> result : results) {
        assertThat(result.get()).isTrue();
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
