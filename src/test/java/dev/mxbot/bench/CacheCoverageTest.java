package dev.mxbot.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("the benchmark reads what a cold check took from outside its class cache")
class CacheCoverageTest {

  @Test
  @DisplayName("classes not from the cache are listed, and a jar opened is seen")
  void fromTheJvmLog() {
    CacheCoverage coverage =
        CacheCoverage.of(
            List.of(
                "[0.017s][info][class,load] java.lang.Object source: shared objects file",
                "[0.040s][info][class,init] 273 Initializing 'java/util/zip/ZipFile'",
                "[0.041s][info][class,init] 277 Initializing 'java/util/zip/ZipFile$Source'",
                "[0.073s][info][class,load] java.lang.invoke.LambdaForm$DMH/0x000000004f000000"
                    + " source: __JVM_LookupDefineClass__",
                "[0.074s][info][class,load] jdk.internal.event.Event source: jrt:/java.base",
                "[0.075s][info][class,load] dev.mxbot.core.Diagnosis source: shared objects file"));

    assertThat(coverage.outside())
        .containsExactly(
            "java.lang.invoke.LambdaForm$DMH/0x000000004f000000", "jdk.internal.event.Event");
    assertThat(coverage.jarRead()).isTrue();
    assertThat(coverage.shown())
        .isEqualTo(
            "2 classes loaded from outside the cache"
                + " (java.lang.invoke.LambdaForm$DMH/0x000000004f000000,"
                + " jdk.internal.event.Event); mxbot's jar read: yes");
  }

  @Test
  @DisplayName("a check all from the cache, its jar unread")
  void allFromTheCache() {
    CacheCoverage coverage =
        CacheCoverage.of(
            List.of("[0.017s][info][class,load] java.lang.Object source: shared objects file"));

    assertThat(coverage.outside()).isEmpty();
    assertThat(coverage.shown())
        .isEqualTo("0 classes loaded from outside the cache; mxbot's jar read: no");
  }
}
