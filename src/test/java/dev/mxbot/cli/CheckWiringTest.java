package dev.mxbot.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mxbot.chat.Caller;
import dev.mxbot.chat.Outcome;
import dev.mxbot.chat.Pipelines;
import dev.mxbot.chat.Platform;
import dev.mxbot.chat.RequestPipeline;
import dev.mxbot.configfile.ConfigException;
import dev.mxbot.core.CheckHistory;
import dev.mxbot.render.JsonRenderer;
import dev.mxbot.testing.DemoWorld;
import dev.mxbot.testing.LeakCount;
import dev.mxbot.testing.TreeCopy;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("check builds without an injector what /mx gets from it")
class CheckWiringTest {

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
  @DisplayName(
      "every demo domain: `check --json` prints the very report the injector's pipeline gives")
  void sameReports() throws Exception {
    List<String> domains = demoDomains();
    List<String> args = new ArrayList<>(List.of("--json", "--timeout", "8"));
    args.addAll(domains);
    StringWriter out = new StringWriter();
    Main.run(
        checkInTheWorld(args), null, new PrintWriter(out), new PrintWriter(new StringWriter()));
    ArrayNode printed = (ArrayNode) new ObjectMapper().readTree(out.toString());

    RequestPipeline pipeline =
        world.app.get(Pipelines.class).create(Platform.CHECK, CheckHistory.NONE);
    JsonRenderer json = world.app.get(JsonRenderer.class);
    assertThat(printed).hasSize(domains.size());
    for (int i = 0; i < domains.size(); i++) {
      List<Outcome> outcomes = pipeline.answer(Caller.console(), domains.get(i), "en");
      assertThat(outcomes).hasSize(1).first().isInstanceOf(Outcome.Answered.class);
      Outcome.Answered answered = (Outcome.Answered) outcomes.get(0);
      ObjectNode expected = json.toJson(answered.report(), "en", null);
      ObjectNode actual = (ObjectNode) printed.get(i);
      assertThat(actual.remove("elapsedMs")).as("the check's own time").isNotNull();
      expected.remove("elapsedMs");
      assertThat(actual).as(domains.get(i)).isEqualTo(expected);
    }
  }

  @Test
  @DisplayName("a check closes what it built: no thread or socket of its own is left behind")
  void closesWhatItBuilt() throws Exception {
    LeakCount before = LeakCount.now();

    int exit =
        Main.run(
            checkInTheWorld(List.of("ovh-customer.it")),
            null,
            new PrintWriter(new StringWriter()),
            new PrintWriter(new StringWriter()));

    assertThat(exit).isZero();
    LeakCount.assertBackTo(before);
  }

  @Test
  @DisplayName("a broken provider file stops the check with the file's error, before any question")
  void brokenKnowledge(@TempDir Path dir) throws IOException {
    CommonOptions options = demoConfigBroken(dir, "providers/ovhcloud.yaml");

    assertThatThrownBy(() -> CheckWiring.start(options, false))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("ovhcloud.yaml");
    assertThat(world.server.queries()).isEmpty();
  }

  @Test
  @DisplayName(
      "a broken guides.yaml, read while the diagnosis runs: no report, the file's error, exit 2")
  void brokenGuides(@TempDir Path dir) throws IOException {
    demoConfigBroken(dir, "guides.yaml");
    for (List<String> output : List.of(List.<String>of(), List.of("--json"))) {
      StringWriter out = new StringWriter();
      StringWriter err = new StringWriter();
      List<String> more = new ArrayList<>(output);
      more.add("ovh-customer.it");

      int exit =
          Main.run(checkInTheWorld(dir, more), null, new PrintWriter(out), new PrintWriter(err));

      assertThat(exit).as("%s", output).isEqualTo(2);
      assertThat(out.toString()).as("%s", output).isEmpty();
      assertThat(err.toString()).as("%s", output).contains("guides.yaml");
    }
  }

  @Test
  @DisplayName("with --record, a broken guides.yaml stops the check before any question")
  void brokenGuidesRecorded(@TempDir Path dir) throws IOException {
    CommonOptions options = demoConfigBroken(dir, "guides.yaml");

    assertThatThrownBy(() -> CheckWiring.start(options, true))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("guides.yaml");
    assertThat(world.server.queries()).isEmpty();
  }

  /**
   * The demo's configuration copied to {@code dir} with {@code file} broken (an unclosed list), and
   * the options of a check of it in the demo world; the world's query log cleared.
   */
  private static CommonOptions demoConfigBroken(Path dir, String file) throws IOException {
    TreeCopy.copy(DemoWorld.CONFIG, dir);
    Files.writeString(dir.resolve(file), "id: [unclosed\n");
    CommonOptions options = new CommonOptions();
    options.config = dir;
    options.resolvers = List.of(world.resolverOption());
    world.server.resetLog();
    return options;
  }

  /** {@code check} against the demo world's server, then {@code more}. */
  private static String[] checkInTheWorld(List<String> more) {
    return checkInTheWorld(DemoWorld.CONFIG, more);
  }

  /** {@code check} of the configuration {@code config} in the demo world, then {@code more}. */
  private static String[] checkInTheWorld(Path config, List<String> more) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "check",
                "--config",
                config.toString(),
                "--resolver",
                world.resolverOption(),
                "--authoritative-port",
                Integer.toString(world.server.port()),
                "--allow-private-addresses"));
    args.addAll(more);
    return args.toArray(String[]::new);
  }

  /**
   * The demo's customer domains; not {@code slow-dns.it}, whose report depends on which answer
   * comes in before its deadline.
   */
  private static List<String> demoDomains() throws IOException {
    try (Stream<Path> files = Files.list(DemoWorld.CONFIG.resolve("demo/zones"))) {
      return files
          .map(f -> f.getFileName().toString().replaceFirst("\\.zone$", ""))
          .filter(name -> name.endsWith(".it") && !name.equals("slow-dns.it"))
          .sorted()
          .toList();
    }
  }
}
