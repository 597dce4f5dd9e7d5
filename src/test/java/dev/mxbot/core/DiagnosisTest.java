package dev.mxbot.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@DisplayName("A diagnosis")
class DiagnosisTest {

  private static final DomainName DOMAIN = new DomainName("example.it", "example.it");

  private static Report run(Duration deadline, Check... checks) {
    Set<Check> set = new LinkedHashSet<>(List.of(checks));
    return new Diagnosis(set, Clock.systemUTC(), deadline)
        .diagnose("example.it", DOMAIN, CheckOptions.NONE);
  }

  private static final class Finds implements Check {
    private final Finding finding;

    Finds(Finding finding) {
      this.finding = finding;
    }

    @Override
    public Area area() {
      return finding.area();
    }

    @Override
    public CompletableFuture<?> run(CheckContext context) {
      context.add(finding);
      return CompletableFuture.completedFuture(null);
    }
  }

  private static final class NeverFinishesCheck implements Check {
    @Override
    public Area area() {
      return Area.DKIM;
    }

    @Override
    public CompletableFuture<?> run(CheckContext context) {
      return new CompletableFuture<>();
    }
  }

  private static final class ThrowingCheck implements Check {
    @Override
    public Area area() {
      return Area.AUTOCONFIG;
    }

    @Override
    public CompletableFuture<?> run(CheckContext context) {
      throw new IllegalStateException("bug");
    }
  }

  @Test
  @DisplayName("takes the worst severity as verdict, info counting as ok")
  void verdict() {
    assertThat(run(Duration.ofSeconds(1), new Finds(Finding.of(FindingCode.MX_NULL))).verdict())
        .isEqualTo(Verdict.OK);
    assertThat(
            run(
                    Duration.ofSeconds(1),
                    new Finds(Finding.of(FindingCode.SPF_VALID)),
                    new Finds(Finding.of(FindingCode.SPF_NONE)))
                .verdict())
        .isEqualTo(Verdict.WARNING);
  }

  @Test
  @Timeout(60)
  @DisplayName(
      "a check still running at the deadline leaves its area unchecked, the report incomplete and"
          + " never ok, and the rest stands")
  void deadline() {
    // The check never finishes: a report at all is the deadline's doing.
    Report report =
        run(
            Duration.ofMillis(300),
            new NeverFinishesCheck(),
            new Finds(Finding.of(FindingCode.SPF_VALID)));

    assertThat(report.findings()).extracting(Finding::code).contains(FindingCode.SPF_VALID);
    assertThat(report.complete()).isFalse();
    assertThat(report.unchecked()).containsExactly(Area.DKIM);
    assertThat(report.verdict()).isEqualTo(Verdict.UNKNOWN);
    assertThat(report.dnsUnreachable()).as("SPF was learned").isFalse();
  }

  @Test
  @Timeout(60)
  @DisplayName("a lookup still awaited at the deadline is named as not answered")
  void awaitedLookupNamed() {
    Check asking =
        new Check() {
          @Override
          public Area area() {
            return Area.MX;
          }

          @Override
          public CompletableFuture<?> run(CheckContext context) {
            context.noteAsking("MX example.it");
            return new CompletableFuture<>();
          }
        };

    Report report = run(Duration.ofMillis(300), asking);

    assertThat(report.findings())
        .filteredOn(f -> f.code() == FindingCode.DNS_TIMEOUT)
        .extracting(f -> f.param("unanswered"))
        .containsExactly("MX example.it");
    assertThat(report.unchecked()).containsExactly(Area.MX);
  }

  @Test
  @DisplayName(
      "a question still in flight when every check has finished (a prefetch nobody waited for) is"
          + " not named as not checked")
  void orphanPrefetchNotNamed() {
    Check prefetching =
        new Check() {
          @Override
          public Area area() {
            return Area.NAMESERVERS;
          }

          @Override
          public CompletableFuture<?> run(CheckContext context) {
            context.noteAsking("NS it");
            context.add(Finding.of(FindingCode.NS_SINGLE));
            return CompletableFuture.completedFuture(null);
          }
        };

    Report report = run(Duration.ofSeconds(5), prefetching);

    assertThat(report.findings()).extracting(Finding::code).containsExactly(FindingCode.NS_SINGLE);
    assertThat(report.complete()).isTrue();
  }

  @Test
  @DisplayName("a warning stays the verdict of an incomplete report; ok never does")
  void incompleteVerdicts() {
    Check failing =
        new Check() {
          @Override
          public Area area() {
            return Area.DMARC;
          }

          @Override
          public CompletableFuture<?> run(CheckContext context) {
            context.markUnchecked();
            return CompletableFuture.completedFuture(null);
          }
        };

    Report warned =
        run(Duration.ofSeconds(5), failing, new Finds(Finding.of(FindingCode.SPF_NONE)));
    Report fine = run(Duration.ofSeconds(5), failing, new Finds(Finding.of(FindingCode.SPF_VALID)));

    assertThat(warned.verdict()).isEqualTo(Verdict.WARNING);
    assertThat(fine.verdict()).isEqualTo(Verdict.UNKNOWN);
    assertThat(fine.unchecked()).containsExactly(Area.DMARC);
    assertThat(fine.dnsUnreachable()).isFalse();
  }

  @Test
  @DisplayName("a check that throws does not take the report down")
  void throwingCheck() {
    Report report =
        run(
            Duration.ofSeconds(1),
            new ThrowingCheck(),
            new Finds(Finding.of(FindingCode.DMARC_VALID)));

    assertThat(report.findings()).extracting(Finding::code).contains(FindingCode.DMARC_VALID);
    assertThat(report.unchecked()).containsExactly(Area.AUTOCONFIG);
  }

  @Test
  @DisplayName("is unknown, and DNS unreachable, when nothing could be checked")
  void nothingChecked() {
    Report report = run(Duration.ofMillis(200), new NeverFinishesCheck());

    assertThat(report.verdict()).isEqualTo(Verdict.UNKNOWN);
    assertThat(report.dnsUnreachable()).isTrue();
  }

  @Test
  @DisplayName("the memo computes a shared value once, even when its computation uses the memo")
  void memo() {
    CheckContext context = new CheckContext(DOMAIN, CheckOptions.NONE, java.time.Instant.now());
    int[] calls = {0};
    String value = context.memo("outer", () -> context.memo("inner", () -> "v" + ++calls[0]) + "!");

    assertThat(value).isEqualTo("v1!");
    assertThat(context.<String>memo("inner", () -> "other")).isEqualTo("v1");
  }
}
