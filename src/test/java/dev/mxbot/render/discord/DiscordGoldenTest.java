package dev.mxbot.render.discord;

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
import java.util.List;
import net.dv8tion.jda.api.entities.MessageEmbed;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The Discord answer for sample zones, compared with reviewed files in {@code
 * src/test/resources/golden/discord/}. After an intended change, run with {@code
 * -Dgolden.update=true} and review the diff.
 */
@DisplayName("Discord answers, as reviewed")
class DiscordGoldenTest {

  private static final Path GOLDEN = Path.of("src/test/resources/golden/discord");
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

  @ParameterizedTest(name = "/mx {0} in {1}")
  @CsvSource({
    "mx-2016.it, en",
    "mx-2016.it, it",
    "ovh-customer.it, en",
    "gmail-customer.it, fr",
    "no-mail.it, de",
    "spf-multiple.it, pt"
  })
  void matchesGolden(String domain, String lang) throws Exception {
    Report found =
        world.app.get(Diagnosis.class).diagnose(domain, DomainName.of(domain), CheckOptions.NONE);
    Report report = found.withElapsed(Duration.ofMillis(412));
    String rendered = show(world.app.get(DiscordRenderer.class).render(report, lang, List.of()));
    Path file = GOLDEN.resolve(domain + "." + lang + ".txt");
    if (Boolean.getBoolean("golden.update")) {
      Files.createDirectories(GOLDEN);
      Files.writeString(file, rendered, StandardCharsets.UTF_8);
    }
    assertThat(rendered).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
  }

  /** The embed as a reviewer reads it. */
  static String show(MessageEmbed embed) {
    StringBuilder out = new StringBuilder();
    out.append(String.format("colour: #%06X%n", embed.getColorRaw()));
    out.append("title: ").append(embed.getTitle()).append('\n');
    out.append("url: ").append(embed.getUrl()).append('\n');
    out.append("description:\n").append(embed.getDescription()).append("\n");
    for (MessageEmbed.Field field : embed.getFields()) {
      out.append("\n## ")
          .append(field.getName())
          .append('\n')
          .append(field.getValue())
          .append('\n');
    }
    out.append("\nfooter: ").append(embed.getFooter().getText()).append('\n');
    return out.toString();
  }
}
