package dev.mxbot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mxbot.testing.DemoWorld;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher's recording run checks the demo's samples too, so that its class cache serves any
 * check: in the demo's own world, offline, bounded.
 */
@DisplayName("the recording run's training on the demo's samples")
class CacheTrainingTest {

  @Test
  @DisplayName(
      "text: a refused input and the demo's samples but those demo.yaml makes fail, each checked")
  void textTraining() throws Exception {
    assertThat(CacheTraining.train(DemoWorld.CONFIG, false))
        .startsWith("printer.local", "ovh-customer.it")
        .contains("gmail-customer.it", "spf-too-many-lookups.it")
        .doesNotContain("broken-dns.it", "slow-dns.it");
  }

  @Test
  @DisplayName("JSON: the same inputs, written as JSON")
  void jsonTraining() throws Exception {
    assertThat(CacheTraining.train(DemoWorld.CONFIG, true)).contains("ovh-customer.it");
  }

  @Test
  @DisplayName("picocli reads a check's help too (a plain check line skips it), printing nothing")
  void picocliRead() {
    assertThat(CacheTraining.readWithPicocli()).isZero();
  }

  @Test
  @DisplayName("a configuration without a demo directory: nothing to train on")
  void noDemo(@TempDir Path config) throws Exception {
    assertThat(CacheTraining.train(config, false)).isEmpty();
  }

  @Test
  @DisplayName("not a recording run (no property): nothing happens, even for a broken directory")
  void notRecording() {
    CacheTraining.afterCheck(new String[] {"check", "--config", "/nonexistent", "a.it"});
  }
}
