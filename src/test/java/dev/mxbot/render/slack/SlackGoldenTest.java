package dev.mxbot.render.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.google.gson.JsonObject;
import com.slack.api.util.json.GsonFactory;
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
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The exact Block Kit message the agent gets for each sample zone, compared with {@code
 * src/test/resources/golden/slack/<domain>.json} (elapsed time fixed at 412 ms). Run with {@code
 * -Dgolden.update=true} to rewrite the files after an intended change, then review the diff.
 */
@DisplayName("Slack replies for the sample zones (golden files)")
class SlackGoldenTest {

  private static final Path GOLDEN = Path.of("src/test/resources/golden/slack");
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
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

  @ParameterizedTest(name = "/mx {0}")
  @ValueSource(
      strings = {
        "mx-2016.it",
        "ovh-customer.it",
        "gmail-customer.it",
        "no-mail.it",
        "spf-multiple.it",
        "mixed-mx.it",
        "unknown-domain.it"
      })
  void golden(String domain) throws Exception {
    Report diagnosed =
        world.app.get(Diagnosis.class).diagnose(domain, DomainName.of(domain), CheckOptions.NONE);
    Report report = diagnosed.withElapsed(Duration.ofMillis(412));
    SlackMessage message =
        world
            .app
            .get(SlackRenderer.class)
            .report(report, "en", List.of(), Optional.of("en:" + domain), Optional.empty());
    JsonObject root = new JsonObject();
    root.addProperty("text", message.text());
    root.add("blocks", GsonFactory.createSnakeCase().toJsonTree(message.blocks()));
    String actual = JSON.writeValueAsString(JSON.readTree(root.toString())) + "\n";

    Path file = GOLDEN.resolve(domain + ".json");
    if (Boolean.getBoolean("golden.update") || !Files.exists(file)) {
      Files.createDirectories(GOLDEN);
      Files.writeString(file, actual, StandardCharsets.UTF_8);
    }
    assertThat(actual).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
  }
}
