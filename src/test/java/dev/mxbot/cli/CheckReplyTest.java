package dev.mxbot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mxbot.testing.CliReplies;
import dev.mxbot.testing.DemoWorld;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** {@code mxbot check --reply LANG}: the report, then the customer reply; in JSON, its object. */
@DisplayName("check --reply")
class CheckReplyTest {

  private static DemoWorld world;

  @BeforeAll
  static void start() throws Exception {
    world = DemoWorld.start();
  }

  @AfterAll
  static void stop() {
    world.close();
  }

  @Test
  @DisplayName("text: the report first, then the heading and the reply in the customer's language")
  void textReportThenReply() {
    String out = CliReplies.output(world, "--reply", "it", "spf-no-include.it");
    int heading = out.indexOf("Reply to the customer (it), ready to paste:");
    assertThat(heading).isPositive();
    assertThat(out.substring(0, heading)).contains("spf-no-include.it");
    assertThat(out.substring(heading))
        .contains("Buongiorno,")
        .contains("v=spf1 a mx include:mx.ovh.com ~all")
        .endsWith("Cordiali saluti,\n");
  }

  @Test
  @DisplayName("JSON: customerReply holds language and text when asked, null otherwise")
  void json() throws Exception {
    ObjectMapper mapper = new ObjectMapper();
    JsonNode asked =
        mapper.readTree(CliReplies.output(world, "--json", "--reply", "FR", "mx-2016.it"));
    assertThat(asked.path("customerReply").path("language").asText()).isEqualTo("fr");
    assertThat(asked.path("customerReply").path("text").asText())
        .startsWith("Bonjour,")
        .isEqualTo(CliReplies.reply(world, "fr", "mx-2016.it"));
    JsonNode plain = mapper.readTree(CliReplies.output(world, "--json", "mx-2016.it"));
    assertThat(plain.has("customerReply")).isTrue();
    assertThat(plain.get("customerReply").isNull()).isTrue();
  }

  @Test
  @DisplayName("the console (demo) shows the same reply under the report")
  void console() {
    CheckCommandTest.Run run =
        CheckCommandTest.runTyping(
            "/mx mx-2016-cloudflare.it reply=de\nquit\n", "demo", "--config", "bot-config");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("Reply to the customer (de), ready to paste:")
        .contains(CliReplies.reply(world, "de", "mx-2016-cloudflare.it"));
  }
}
