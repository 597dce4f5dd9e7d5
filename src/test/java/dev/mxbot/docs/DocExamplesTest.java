package dev.mxbot.docs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mxbot.cli.Main;
import dev.mxbot.core.FindingCode;
import dev.mxbot.demo.DemoZones;
import dev.mxbot.dns.server.ZoneServer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every {@code check} command shown in the README and in {@code src/site/markdown/} runs as shown
 * against the demo zones: the lines of fenced code blocks that start with {@code mxbot check},
 * {@code java -jar target/mxbot.jar check} or {@code bin/mxbot check} are run in-process through
 * {@link Main#run}, with the demo's DNS server started on a loopback port of the test's choosing.
 *
 * <p>The docs serve the demo zones with {@code java -jar target/mxbot.jar demo --dns-port 5353};
 * the port they write in {@code --resolver 127.0.0.1:PORT} and {@code --authoritative-port PORT} is
 * a placeholder this test replaces by its server's. Nothing else of the command is changed. A
 * trailing comment {@code # exit N} (or {@code # exits N}) is the exit code the doc claims, and is
 * asserted. Each domain checked must be a sample of {@code bot-config/demo/demo.yaml} and its
 * report complete (no {@code DNS_TIMEOUT}, nothing "not checked"), unless the demo injects a fault
 * for it on purpose; an input mxbot refuses is shown only with the exit code 2 it gets.
 */
@DisplayName("every check command the docs show works as shown, against the demo zones")
class DocExamplesTest {

  private static final Path CONFIG = Path.of("bot-config");
  private static final Path DEMO = CONFIG.resolve("demo");
  private static final Path SITE = Path.of("src", "site", "markdown");
  private static final List<String> PREFIXES =
      List.of("mxbot check ", "java -jar target/mxbot.jar check ", "bin/mxbot check ");
  private static final Set<String> OPTIONS_WITH_VALUE =
      Set.of("--resolver", "--authoritative-port", "--config", "--locale", "--timeout", "--dkim");
  private static final Pattern CLAIMED_EXIT = Pattern.compile("#.*\\bexits? (\\d)\\b");

  private static ZoneServer server;
  private static Set<String> samples;
  private static Set<String> faulted;

  /** One command of the docs, where it is written and the exit code it claims, if any. */
  record Example(Path file, int line, String command, OptionalInt claimedExit) {
    @Override
    public String toString() {
      return file + ":" + line + ": " + command;
    }
  }

  /** What {@link Main#run} printed and returned. */
  record Run(int exitCode, String out, String err) {}

  @BeforeAll
  static void startDemoZones() throws IOException {
    DemoZones demo = DemoZones.load(DEMO);
    samples = new LinkedHashSet<>();
    demo.samples().forEach(sample -> samples.add(sample.domain()));
    faulted = new LinkedHashSet<>(demo.faultedNames());
    server = demo.start();
  }

  @AfterAll
  static void stopDemoZones() {
    server.close();
  }

  @Test
  @DisplayName("the README and the site show check commands, and the README says how to serve them")
  void docsShowExamples() throws IOException {
    assertThat(examples(Path.of("README.md"))).isNotEmpty();
    assertThat(Files.readString(Path.of("README.md")))
        .containsPattern("\n(java -jar target/mxbot\\.jar|bin/mxbot|mxbot) demo --dns-port \\d+\n");
    assertThat(docs().stream().flatMap(DocExamplesTest::examplesOf).count())
        .isGreaterThanOrEqualTo(5);
  }

  @Test
  @DisplayName("findings.md names every finding code, with its severity")
  void findingCodesListed() throws IOException {
    String findings = Files.readString(SITE.resolve("findings.md"));

    for (FindingCode code : FindingCode.values()) {
      assertThat(findings)
          .contains("`" + code + "` (" + code.severity().name().toLowerCase(Locale.ROOT) + ")");
    }
  }

  @TestFactory
  @DisplayName("each check command runs as shown")
  Stream<DynamicTest> eachExampleRuns() throws IOException {
    return docs().stream()
        .flatMap(DocExamplesTest::examplesOf)
        .map(example -> DynamicTest.dynamicTest(example.toString(), () -> verify(example)));
  }

  private static void verify(Example example) throws IOException {
    List<String> args = arguments(example.command());
    Run shown = run(args);

    example
        .claimedExit()
        .ifPresent(
            code -> assertThat(shown.exitCode()).as(describe(example, shown)).isEqualTo(code));
    assertThat(shown.exitCode()).as(describe(example, shown)).isNotEqualTo(3);
    assertThat(shown.out()).as(describe(example, shown)).isNotBlank().doesNotContain("DNS_TIMEOUT");

    List<String> json = new ArrayList<>(args);
    if (!json.contains("--json")) {
      json.add(1, "--json");
    }
    Run asJson = run(json);
    JsonNode root = new ObjectMapper().readTree(asJson.out());
    for (JsonNode report : root.isArray() ? root : List.of(root)) {
      if (report.has("error")) {
        assertThat(example.claimedExit())
            .as("%s: refused (%s), so the doc must say it exits 2", example, report.get("error"))
            .hasValue(2);
        continue;
      }
      String domain = report.get("domain").asText();
      assertThat(samples.contains(domain))
          .as("%s checks %s, which is not a sample of %s", example, domain, DEMO)
          .isTrue();
      if (!faulted.contains(domain)) {
        assertThat(report.get("complete").asBoolean())
            .as("%s: complete report for %s, got %s", example, domain, report)
            .isTrue();
      }
    }
  }

  private static String describe(Example example, Run run) {
    return example + "\n--- out\n" + run.out() + "--- err\n" + run.err();
  }

  private static Run run(List<String> args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        Main.run(
            args.toArray(String[]::new),
            new BufferedReader(new StringReader("")),
            new PrintWriter(out, true),
            new PrintWriter(err, true));
    return new Run(code, out.toString(), err.toString());
  }

  /** README.md, then the site's pages in name order. */
  private static List<Path> docs() throws IOException {
    List<Path> docs = new ArrayList<>(List.of(Path.of("README.md")));
    try (Stream<Path> pages = Files.list(SITE)) {
      pages.filter(p -> p.toString().endsWith(".md")).sorted().forEach(docs::add);
    }
    return docs;
  }

  private static Stream<Example> examplesOf(Path file) {
    try {
      return examples(file).stream();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /**
   * The check commands of a Markdown file's fenced code blocks; a line ending in a backslash goes
   * on with the next, and a {@code $ } prompt is dropped.
   */
  static List<Example> examples(Path file) throws IOException {
    List<String> lines = Files.readAllLines(file);
    List<Example> examples = new ArrayList<>();
    boolean fenced = false;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.startsWith("```")) {
        fenced = !fenced;
        continue;
      }
      if (!fenced) {
        continue;
      }
      int first = i;
      StringBuilder command = new StringBuilder();
      while (line.endsWith("\\") && i + 1 < lines.size()) {
        command.append(line, 0, line.length() - 1).append(' ');
        line = lines.get(++i).strip();
      }
      command.append(line);
      String text = command.toString().replaceFirst("^\\$ ", "");
      if (PREFIXES.stream().anyMatch(text::startsWith)) {
        Matcher claim = CLAIMED_EXIT.matcher(text);
        examples.add(
            new Example(
                file,
                first + 1,
                text,
                claim.find()
                    ? OptionalInt.of(Integer.parseInt(claim.group(1)))
                    : OptionalInt.empty()));
      }
    }
    return examples;
  }

  /**
   * The arguments after the program, as a POSIX shell would split them (quotes, no expansion), the
   * comment dropped, and the demo server's port written in place of the doc's.
   */
  static List<String> arguments(String command) {
    List<String> words = words(command);
    int check = words.indexOf("check");
    List<String> args = new ArrayList<>();
    for (int i = check; i < words.size(); i++) {
      String word = words.get(i);
      if (word.startsWith("--resolver=")) {
        args.add("--resolver=" + resolver());
      } else if (word.startsWith("--authoritative-port=")) {
        args.add("--authoritative-port=" + server.port());
      } else if (word.equals("--resolver") || word.equals("--authoritative-port")) {
        args.add(word);
        i++;
        args.add(word.equals("--resolver") ? resolver() : String.valueOf(server.port()));
      } else {
        args.add(word);
        if (OPTIONS_WITH_VALUE.contains(word) && i + 1 < words.size()) {
          args.add(words.get(++i));
        }
      }
    }
    return args;
  }

  private static String resolver() {
    return "127.0.0.1:" + server.port();
  }

  private static List<String> words(String command) {
    List<String> words = new ArrayList<>();
    StringBuilder word = null;
    char quote = 0;
    for (int i = 0; i < command.length(); i++) {
      char c = command.charAt(i);
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        } else {
          word.append(c);
        }
      } else if (c == '\'' || c == '"') {
        quote = c;
        word = word == null ? new StringBuilder() : word;
      } else if (Character.isWhitespace(c)) {
        if (word != null) {
          words.add(word.toString());
          word = null;
        }
      } else if (c == '#' && word == null) {
        break;
      } else {
        word = word == null ? new StringBuilder() : word;
        word.append(c);
      }
    }
    if (word != null) {
      words.add(word.toString());
    }
    return words;
  }
}
