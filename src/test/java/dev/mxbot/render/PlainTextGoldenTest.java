package dev.mxbot.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mxbot.core.CheckOptions;
import dev.mxbot.core.Diagnosis;
import dev.mxbot.core.DomainName;
import dev.mxbot.core.Report;
import dev.mxbot.testing.DemoWorld;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The console's exact words for a few sample zones, compared with reviewed golden files. After an
 * intended change, regenerate with {@code mvn test -Dtest=PlainTextGoldenTest -Dgolden.update=true}
 * and review the diff.
 */
@DisplayName("The console's answer, word for word")
class PlainTextGoldenTest {

  private static final Path GOLDEN = Path.of("src/test/resources/golden/text");

  private static DemoWorld world;

  @BeforeAll
  static void startWorld() throws Exception {
    // Exact text: a deadline no busy machine reaches, so an answer never turns into "not checked".
    world = DemoWorld.start(c -> c.withDeadline(java.time.Duration.ofSeconds(30)));
  }

  @AfterAll
  static void stopWorld() {
    world.close();
  }

  @ParameterizedTest(name = "/mx {0} lang={1}")
  @CsvSource({
    "ovh-customer.it, en",
    "mx-2016.it, it",
    "gmail-customer.it, en",
    "mx-appended.it, fr",
    "spf-syntax.it, de",
    "unknown-domain.it, es",
  })
  void matchesGolden(String domain, String lang) throws Exception {
    Report found =
        world.app.get(Diagnosis.class).diagnose(domain, DomainName.of(domain), CheckOptions.NONE);
    Report report = found.withElapsed(Duration.ofMillis(42));

    String text = world.app.get(PlainTextRenderer.class).render(report, lang);

    Path golden = GOLDEN.resolve(domain + "." + lang + ".txt");
    if (Boolean.getBoolean("golden.update") || !Files.exists(golden)) {
      Files.createDirectories(GOLDEN);
      Files.writeString(golden, text, StandardCharsets.UTF_8);
    }
    assertThat(text).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
  }
}
