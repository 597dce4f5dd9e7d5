package dev.mxbot.chat.discord;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mxbot.testing.DiscordWorld;
import dev.mxbot.testing.FakeInteractions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * An agent types {@code /mx} in Discord: the real JDA client inside mxbot talks to a loopback fake
 * gateway and REST API, the diagnosis runs against the demo DNS zones.
 */
@DisplayName("/mx in Discord, end to end")
class DiscordEndToEndTest {

  private static DiscordWorld world;

  @BeforeAll
  static void start() throws Exception {
    world = DiscordWorld.start();
  }

  @AfterAll
  static void stop() throws Exception {
    world.close();
  }

  /**
   * Sends the interaction; returns the body of its callback and the answer (the edit of a deferred
   * reply, or the callback's own message when the command was turned away at once).
   */
  static JsonNode[] ask(ObjectNode interaction) throws Exception {
    String token = interaction.get("token").asText();
    world.gateway.dispatch("INTERACTION_CREATE", interaction);
    JsonNode callback = world.rest.await("POST", token + "/callback").body();
    return new JsonNode[] {callback, world.rest.answerTo(token)};
  }

  @Test
  @DisplayName(
      "/mx mx-2016.it is deferred privately, then answered with the outdated-MX embed and the MX"
          + " guide, pinging nobody")
  void outdatedMx() throws Exception {
    JsonNode[] answer = ask(world.interactions.slash("domain", "mx-2016.it"));

    assertThat(answer[0].get("type").asInt()).isEqualTo(5);
    assertThat(answer[0].path("data").path("flags").asInt() & 64).isEqualTo(64);
    JsonNode embed = answer[1].get("embeds").get(0);
    assertThat(embed.get("title").asText()).contains("mx-2016.it");
    assertThat(embed.get("url").asText())
        .isEqualTo("https://docs.ovhcloud.com/en/guides/web-cloud/domains/dns-zone-mx");
    assertThat(embed.get("color").asInt()).isEqualTo(0xF9A825);
    assertThat(embed.toString())
        .contains("1 mx1.mail.ovh.net")
        .contains("are an older OVHcloud set");
    assertThat(answer[1].get("allowed_mentions").get("parse")).isEmpty();
    assertThat(answer[1].toString()).contains("mx:share").contains("mx:recheck:mx-2016.it");
  }

  @Test
  @DisplayName("/mx with share answers in the channel: the defer is public and no share button")
  void sharedAnswer() throws Exception {
    JsonNode[] answer = ask(world.interactions.slash("domain", "mx-2016.it", "share", "true"));

    assertThat(answer[0].get("type").asInt()).isEqualTo(5);
    assertThat(answer[0].path("data").path("flags").asInt() & 64).isZero();
    assertThat(answer[1].toString()).doesNotContain("mx:share").contains("mx:recheck:");
  }

  @Test
  @DisplayName("an agent whose Discord speaks Italian gets the answer in Italian")
  void italianLocale() throws Exception {
    JsonNode[] answer =
        ask(new FakeInteractions().locale("it", "en-US").slash("domain", "mx-2016.it"));

    JsonNode embed = answer[1].get("embeds").get(0);
    assertThat(embed.get("title").asText()).contains("mx-2016.it");
    assertThat(embed.toString()).contains("Funziona, con avvisi");
    assertThat(answer[1].toString()).contains("Condividi");
  }

  @Test
  @DisplayName("a Portuguese (pt-BR) agent who asks lang=de gets German")
  void langOverrides() throws Exception {
    JsonNode[] answer =
        ask(
            new FakeInteractions()
                .locale("pt-BR", "pt-BR")
                .slash("domain", "mx-2016.it", "lang", "de"));

    assertThat(answer[1].get("embeds").get(0).toString()).contains("Funktioniert");
    assertThat(answer[1].toString()).contains("mx:recheck:mx-2016.it lang=de");
  }

  @Test
  @DisplayName(
      "when a lookup never answers, the deadline still brings one answer: a partial report")
  void partialOnDeadline() throws Exception {
    JsonNode[] answer = ask(world.interactions.slash("domain", "slow-dns.it"));

    String embed = answer[1].get("embeds").get(0).toString();
    assertThat(embed).contains("partial").contains("Not checked");
  }

  @Test
  @DisplayName("the dkim option reaches the check, and Re-check remembers it")
  void dkimOption() throws Exception {
    JsonNode[] answer =
        ask(world.interactions.slash("domain", "mx-2016.it", "dkim", "Sel1", "lang", "en"));

    assertThat(answer[1].toString()).contains("mx:recheck:mx-2016.it dkim=sel1 lang=en");
  }

  @Test
  @DisplayName("an unknown Discord locale falls back to the guild's language")
  void guildLocale() throws Exception {
    JsonNode[] answer =
        ask(new FakeInteractions().locale("ja", "fr").slash("domain", "mx-2016.it"));

    assertThat(answer[1].get("embeds").get(0).toString()).contains("avertissements");
  }

  @Test
  @DisplayName("/mx with something that is no domain explains why, and nothing else")
  void refusedInput() throws Exception {
    JsonNode[] answer = ask(world.interactions.slash("domain", "192.0.2.1"));

    assertThat(answer[1].get("content").asText()).startsWith("I cannot check that");
    assertThat(answer[1].get("embeds")).isEmpty();
  }

  @Test
  @DisplayName(
      "/mx nas.home from an Italian agent says in Italian that .home is not public, nothing"
          + " queried")
  void notPublicTld() throws Exception {
    world.dns.server.resetLog();

    JsonNode[] answer =
        ask(new FakeInteractions().locale("it", "en-US").slash("domain", "nas.home"));

    assertThat(answer[1].get("content").asText())
        .contains("\"nas.home\" non è sotto un dominio di primo livello pubblico: .home ");
    assertThat(answer[1].get("embeds")).isEmpty();
    assertThat(world.dns.server.queries()).as("DNS queries").isEmpty();
  }

  @Test
  @DisplayName("Share in channel posts the same report publicly, shared by the agent")
  void shareButton() throws Exception {
    JsonNode[] answer = ask(world.interactions.slash("domain", "mx-2016.it"));
    ArrayNode embeds = (ArrayNode) answer[1].get("embeds").deepCopy();
    embeds.forEach(e -> ((ObjectNode) e).put("type", "rich"));
    ObjectNode click = world.interactions.button("mx:share", embeds);
    String token = click.get("token").asText();

    world.gateway.dispatch("INTERACTION_CREATE", click);

    JsonNode callback = world.rest.await("POST", token + "/callback").body();
    assertThat(callback.get("type").asInt()).isEqualTo(4);
    JsonNode data = callback.get("data");
    assertThat(data.path("flags").asInt() & 64).isZero();
    assertThat(data.get("content").asText()).isEqualTo("Shared by agent");
    assertThat(data.get("embeds").get(0).get("title").asText()).contains("mx-2016.it");
    assertThat(data.get("allowed_mentions").get("parse")).isEmpty();
  }

  @Test
  @DisplayName("Re-check runs the check again and replaces the answer in place")
  void recheckButton() throws Exception {
    ObjectNode click =
        world.interactions.button(
            "mx:recheck:spf-none.it",
            com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.arrayNode());
    String token = click.get("token").asText();

    world.gateway.dispatch("INTERACTION_CREATE", click);

    assertThat(world.rest.await("POST", token + "/callback").body().get("type").asInt())
        .isEqualTo(6);
    JsonNode edit = world.rest.await("PATCH", token + "/messages/@original").body();
    assertThat(edit.get("embeds").get(0).get("title").asText()).contains("spf-none.it");
  }
}
