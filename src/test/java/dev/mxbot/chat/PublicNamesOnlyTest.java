package dev.mxbot.chat;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mxbot.core.InputRefusal;
import dev.mxbot.render.PlainTextRenderer;
import dev.mxbot.testing.DemoWorld;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An agent asks about a name that cannot be on the public internet: mxbot says so in one sentence
 * and asks the DNS nothing. Through the command router, as the console, Slack and Discord do.
 */
@DisplayName("/mx on names that cannot be on the public internet")
class PublicNamesOnlyTest {

  private static DemoWorld world;

  @BeforeAll
  static void startWorld() throws Exception {
    world = DemoWorld.start();
  }

  @AfterAll
  static void stopWorld() {
    world.close();
  }

  /** The reply the agent reads, after checking the command was refused as not allowed. */
  private static String refusedReply(String command) {
    world.server.resetLog();

    Outcome outcome =
        world
            .app
            .get(Pipelines.class)
            .create(Platform.CONSOLE)
            .answer(Caller.console(), command, "en")
            .get(0);

    assertThat(outcome).as("%s refused", command).isInstanceOf(Outcome.Refused.class);
    Outcome.Refused refused = (Outcome.Refused) outcome;
    assertThat(refused.refusal().code()).isEqualTo(InputRefusal.NOT_ALLOWED);
    assertThat(world.server.queries()).as("DNS questions for %s", command).isEmpty();
    return world.app.get(PlainTextRenderer.class).renderRefusal(refused.refusal(), refused.lang());
  }

  @ParameterizedTest(name = "/mx {0} says .{1} is private or reserved")
  @DisplayName("special-use names (RFC 6761, 7686, 9476, 8375) are refused, nothing queried")
  @CsvSource({
    "shop.test, test",
    "example.test, test",
    "www.example, example",
    "mail.invalid, invalid",
    "printer.localhost, localhost",
    "printer.local, local",
    "duckduckgogg42xjoc72x3sjasowoarfbgcmvfimaftt6twagswzczad.onion, onion",
    "foo.alt, alt",
    "router.home.arpa, home.arpa"
  })
  void specialUse(String name, String suffix) {
    assertThat(refusedReply(name))
        .contains("\"" + name + "\" is under ." + suffix + ", a private or reserved name");
  }

  @ParameterizedTest(name = "/mx {0} says .{1} is not a public top-level domain")
  @DisplayName("names outside the public top-level domains are refused, nothing queried")
  @CsvSource({
    "printer.corp, corp",
    "nas.home, home",
    "kubernetes.default.svc, svc",
    "foo.bar.notatld, notatld"
  })
  void notPublic(String name, String tld) {
    assertThat(refusedReply(name))
        .contains("\"" + name + "\" is not under a public top-level domain: ." + tld + " is not");
  }

  @Test
  @DisplayName("the refusal comes in the language the agent asked for")
  void inItalian() {
    assertThat(refusedReply("nas.home lang=it"))
        .contains("\"nas.home\" non è sotto un dominio di primo livello pubblico: .home ");
  }

  @ParameterizedTest(name = "/mx {0} is checked")
  @DisplayName("IDNs and multi-label public suffixes are still checked")
  @ValueSource(strings = {"caffè.it", "example.co.uk", "foo.com.br"})
  void publicNamesChecked(String name) {
    world.server.resetLog();

    Outcome outcome =
        world
            .app
            .get(Pipelines.class)
            .create(Platform.CONSOLE)
            .answer(Caller.console(), name, "en")
            .get(0);

    assertThat(outcome).as("%s answered: %s", name, outcome).isInstanceOf(Outcome.Answered.class);
    assertThat(world.server.queries()).as("DNS questions for %s", name).isNotEmpty();
  }
}
