package dev.mxbot.chat.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.slack.api.util.json.GsonFactory;
import dev.mxbot.cli.Bootstrap;
import dev.mxbot.cli.CommonOptions;
import dev.mxbot.core.CheckOptions;
import dev.mxbot.core.Diagnosis;
import dev.mxbot.core.DomainName;
import dev.mxbot.dns.server.ZoneServer;
import dev.mxbot.dns.server.ZoneServerBuilder;
import dev.mxbot.render.slack.SlackMessage;
import dev.mxbot.render.slack.SlackRenderer;
import dev.mxbot.testing.DemoWorld;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Zones built to break a chat message, served for real next to the demo zones: one with 40 MX
 * records and a 3 KB SPF record, one whose records try to trigger mentions and links.
 */
@DisplayName("Slack replies for unusual zones")
class SlackUnusualZonesTest {

  private static final Path ZONES = Path.of("bot-config/demo/zones");

  private static final String BIG =
      """
      $ORIGIN big-zone.it.
      $TTL 3600
      @ SOA dns109.ovh.net. hostmaster.big-zone.it. 2026112601 86400 3600 3600000 300
      @ NS dns109.ovh.net.
      @ NS ns109.ovh.net.
      """
          + IntStream.range(0, 40)
              .mapToObj(i -> String.format("@ MX %d mx%02d.big-zone.it.%n", i, i))
              .collect(Collectors.joining())
          + "@ TXT "
          + IntStream.range(0, 14)
              .mapToObj(
                  i ->
                      "\""
                          + (i == 0 ? "v=spf1 " : "")
                          + IntStream.range(0, 15)
                              .mapToObj(j -> "ip4:192.0.2." + (i * 15 + j) % 250 + " ")
                              .collect(Collectors.joining())
                          + (i == 13 ? "-all" : "")
                          + "\"")
              .collect(Collectors.joining(" "))
          + "\n";

  private static final String HOSTILE =
      """
      $ORIGIN hostile.it.
      $TTL 3600
      @ SOA dns109.ovh.net. hostmaster.hostile.it. 2026112601 86400 3600 3600000 300
      @ NS dns109.ovh.net.
      @ NS ns109.ovh.net.
      @ MX 10 mx1.mail.ovh.net.
      @ TXT "v=spf1 include:mx.ovh.com <!channel> <https://evil.example|click> & *bold* ~all"
      _dmarc TXT "v=DMARC1; p=none; rua=mailto:<!here>@hostile.it"
      """;

  private static ZoneServer server;
  private static Bootstrap app;

  @BeforeAll
  static void start() throws Exception {
    ZoneServerBuilder builder = ZoneServer.builder().address("127.0.0.1").port(0);
    try (Stream<Path> files = Files.list(ZONES)) {
      files
          .filter(p -> p.toString().endsWith(".zone") && !p.endsWith("it.zone"))
          .forEach(builder::zone);
    }
    String it =
        Files.readString(ZONES.resolve("it.zone"), StandardCharsets.UTF_8)
            + "\nbig-zone NS dns109.ovh.net.\nbig-zone NS ns109.ovh.net.\n"
            + "hostile NS dns109.ovh.net.\nhostile NS ns109.ovh.net.\n";
    builder.zone("it.", it).zone("big-zone.it.", BIG).zone("hostile.it.", HOSTILE);
    server = builder.start();
    CommonOptions options = new CommonOptions();
    options.config = DemoWorld.CONFIG;
    app =
        Bootstrap.start(
            options,
            c ->
                c.withResolvers(List.of(server.socketAddress()))
                    .withAuthoritativePort(server.port())
                    .withAllowPrivateAddresses(true)
                    .withDeadline(Duration.ofSeconds(3)));
  }

  @AfterAll
  static void stop() {
    app.close();
    server.close();
  }

  private static JsonObject reply(String domain) {
    SlackMessage message =
        app.get(SlackRenderer.class)
            .report(
                app.get(Diagnosis.class).diagnose(domain, DomainName.of(domain), CheckOptions.NONE),
                "en",
                List.of(),
                Optional.of("en:" + domain),
                Optional.empty());
    JsonObject root = new JsonObject();
    root.addProperty("text", message.text());
    root.add("blocks", GsonFactory.createSnakeCase().toJsonTree(message.blocks()));
    return root;
  }

  @Test
  @DisplayName(
      "/mx big-zone.it (40 MX, a 3 KB SPF record) fits Slack's limits and says '… and 30 more'")
  void bigZone() {
    JsonObject message = reply("big-zone.it");

    JsonArray blocks = message.getAsJsonArray("blocks");
    assertThat(blocks.size()).isLessThanOrEqualTo(50);
    for (JsonElement element : blocks) {
      JsonObject block = element.getAsJsonObject();
      String type = block.get("type").getAsString();
      if (type.equals("header")) {
        assertThat(text(block)).hasSizeLessThanOrEqualTo(150);
      }
      if (type.equals("section")) {
        assertThat(text(block)).hasSizeLessThanOrEqualTo(3000);
      }
      if (type.equals("context")) {
        assertThat(block.getAsJsonArray("elements").size()).isLessThanOrEqualTo(10);
      }
    }
    assertThat(BIG.lines().filter(l -> l.startsWith("@ TXT")).findFirst().orElseThrow())
        .hasSizeGreaterThan(3000);
    String all = message.toString();
    assertThat(all).contains("`0 mx00.big-zone.it.`").contains("… and 30 more");
    assertThat(all).as("the findings too are cut short").containsPattern("… and \\d+ more\"");
    assertThat(all).contains("v=spf1 ip4:192.0.2.0").doesNotContain("-all`");
    assertThat(message.get("text").getAsString()).contains("big-zone.it");
  }

  @Test
  @DisplayName("/mx hostile.it: '<!channel>', '<!here>' and a disguised link show as plain text")
  void hostileZone() {
    String all = reply("hostile.it").toString();

    assertThat(all)
        .contains("&lt;!channel&gt;")
        .contains("&lt;!here&gt;")
        .contains("&lt;https://evil.example|click&gt;")
        .doesNotContain("<!channel>")
        .doesNotContain("<!here>")
        .doesNotContain("<https://evil");
  }

  private static String text(JsonObject block) {
    return block.getAsJsonObject("text").get("text").getAsString();
  }
}
