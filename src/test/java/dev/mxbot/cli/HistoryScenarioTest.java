package dev.mxbot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mxbot.demo.DemoZones;
import dev.mxbot.dns.server.ZoneServer;
import dev.mxbot.testing.TreeCopy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The support conversation on the command line: the agent checks mx-2016.it with {@code --record},
 * the customer moves to the current MX set, the agent checks again and the report says what changed
 * since; {@code mxbot history} lists both. The store is an H2 file in a temporary directory, named
 * in a copy of the configuration; nothing is written to the working directory.
 */
@DisplayName("check --record and history: what changed since the last check")
class HistoryScenarioTest {

  @TempDir Path dir;

  @Test
  @DisplayName("agent checks, customer changes MX, agent checks again: changes and history say so")
  void customerChangesMx() throws Exception {
    Path config = configWithStore();
    Path before = demoCopy("before");
    Path after = demoCopy("after");
    Path zone = after.resolve("zones/mx-2016.it.zone");
    Files.writeString(
        zone,
        Files.readString(zone)
            .replace("@ MX 1 mx1.mail.ovh.net.", "@ MX 1 mx0.mail.ovh.net.")
            .replace("@ MX 5 mx2.mail.ovh.net.\n", "")
            .replace("@ MX 10 mx3.mail.ovh.net.\n", ""));

    JsonNode first;
    try (ZoneServer server = DemoZones.load(before).start()) {
      first = json(check(config, server, "--record", "--json", "mx-2016.it"));
    }
    assertThat(first.get("changes").isNull()).as("nothing recorded before").isTrue();

    JsonNode second;
    String text;
    try (ZoneServer server = DemoZones.load(after).start()) {
      second = json(check(config, server, "--record", "--json", "mx-2016.it"));
      text = check(config, server, "mx-2016.it").out();
    }
    JsonNode changes = second.get("changes");
    assertThat(changes.get("since").asText()).endsWith("Z");
    assertThat(changes.get("items")).hasSize(1);
    JsonNode mx = changes.get("items").get(0);
    assertThat(mx.get("record").asText()).isEqualTo("mx");
    assertThat(mx.get("before")).hasSize(3);
    assertThat(mx.get("before").get(0).get("host").asText()).isEqualTo("mx1.mail.ovh.net.");
    assertThat(mx.get("after").get(0).get("preference").asInt()).isEqualTo(1);
    assertThat(mx.get("after").get(0).get("host").asText()).isEqualTo("mx0.mail.ovh.net.");
    assertThat(text)
        .as("a check without --record neither records nor compares")
        .doesNotContain("Changed since");

    CheckCommandTest.Run history =
        CheckCommandTest.run("history", "--config", config.toString(), "--json", "mx-2016.it");
    assertThat(history.exitCode()).as(history.err()).isZero();
    JsonNode entries = new ObjectMapper().readTree(history.out());
    assertThat(entries).hasSize(2);
    assertThat(entries.get(0).fieldNames())
        .toIterable()
        .containsExactly("time", "verdict", "codes", "changes", "complete");
    assertThat(entries.get(0).get("complete").asBoolean()).isTrue();
    assertThat(entries.get(0).get("changes").get("items").get(0).get("record").asText())
        .isEqualTo("mx");
    assertThat(entries.get(1).get("changes").isNull()).isTrue();
    assertThat(entries.get(1).get("codes").toString()).contains("MX_HOME_OUTDATED");

    CheckCommandTest.Run shown =
        CheckCommandTest.run("history", "--config", config.toString(), "mx-2016.it");
    assertThat(shown.out())
        .contains("Last checks of mx-2016.it")
        .contains("Changed since")
        .contains("MX 1 mx1.mail.ovh.net., 5 mx2.mail.ovh.net., 10 mx3.mail.ovh.net. → 1 mx0");
  }

  @Test
  @DisplayName("the text report adds one line: Changed since … ago: MX … → …")
  void textLine() throws Exception {
    Path config = configWithStore();
    Path before = demoCopy("before");
    try (ZoneServer server = DemoZones.load(before).start()) {
      check(config, server, "--record", "mx-2016.it");
    }
    Path after = demoCopy("after");
    Path zone = after.resolve("zones/mx-2016.it.zone");
    Files.writeString(
        zone,
        Files.readString(zone).replace("@ MX 10 mx3.mail.ovh.net.", "@ MX 20 mx3.mail.ovh.net."));
    String out;
    try (ZoneServer server = DemoZones.load(after).start()) {
      out = check(config, server, "--record", "mx-2016.it").out();
    }
    assertThat(out)
        .contains(
            "Changed since just now: MX 1 mx1.mail.ovh.net., 5 mx2.mail.ovh.net., 10"
                + " mx3.mail.ovh.net. → 1 mx1.mail.ovh.net., 5 mx2.mail.ovh.net., 20"
                + " mx3.mail.ovh.net.");
  }

  @Test
  @DisplayName("history of a domain never checked here: says so, exit 0; bad input exit 2")
  void emptyHistory() throws Exception {
    Path config = configWithStore();
    CheckCommandTest.Run run =
        CheckCommandTest.run("history", "--config", config.toString(), "never-checked.it");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("No check of never-checked.it is recorded here yet.");

    CheckCommandTest.Run bad =
        CheckCommandTest.run("history", "--config", config.toString(), "not a domain");
    assertThat(bad.exitCode()).isEqualTo(2);
  }

  @Test
  @DisplayName("an unreachable store never fails the check: no changes, exit as without a store")
  void unreachableStore() throws Exception {
    Path config = configWithStoreUrl("jdbc:postgresql://127.0.0.1:1/mxbot?connectTimeout=2");
    try (ZoneServer server = DemoZones.load(demoCopy("any")).start()) {
      CheckCommandTest.Run run = check(config, server, "--record", "--json", "ovh-customer.it");
      assertThat(run.exitCode()).as(run.err()).isZero();
      assertThat(json(run).get("changes").isNull()).isTrue();
      assertThat(json(run).get("verdict").asText()).isEqualTo("ok");
    }
  }

  private static JsonNode json(CheckCommandTest.Run run) throws IOException {
    assertThat(run.exitCode()).as(run.err()).isIn(0, 1);
    return new ObjectMapper().readTree(run.out());
  }

  private static CheckCommandTest.Run check(Path config, ZoneServer server, String... args) {
    List<String> all = new ArrayList<>(List.of("check", "--config", config.toString()));
    all.addAll(List.of("--timeout", "3", "--resolver", "127.0.0.1:" + server.port()));
    all.addAll(List.of("--authoritative-port", String.valueOf(server.port())));
    all.add("--allow-private-addresses");
    all.addAll(List.of(args));
    return CheckCommandTest.run(all.toArray(String[]::new));
  }

  private Path configWithStore() throws IOException {
    return configWithStoreUrl("jdbc:h2:file:" + dir.resolve("db/mxbot").toAbsolutePath());
  }

  /** A copy of bot-config whose store.url is {@code url}. */
  private Path configWithStoreUrl(String url) throws IOException {
    Path copy = dir.resolve("config");
    if (!Files.exists(copy)) {
      TreeCopy.copy(Path.of("bot-config"), copy);
    }
    Path yaml = copy.resolve("mxbot.yaml");
    String text = Files.readString(Path.of("bot-config/mxbot.yaml"));
    String commented = "  # url: jdbc:postgresql://127.0.0.1:5432/mxbot";
    assertThat(text).contains(commented);
    Files.writeString(yaml, text.replace(commented, "  url: \"" + url + "\""));
    return copy;
  }

  private Path demoCopy(String name) throws IOException {
    Path copy = dir.resolve("demo-" + name);
    TreeCopy.copy(Path.of("bot-config/demo"), copy);
    return copy;
  }
}
