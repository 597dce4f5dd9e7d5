package dev.mxbot.configfile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link PlainYaml} against SnakeYAML ({@link YamlReader#composed}): on every text it reads, the
 * very same value; everything else it leaves to SnakeYAML. And it does read every file mxbot ships,
 * or the cold check's speed-up would quietly go.
 */
@DisplayName("plain YAML: SnakeYAML's value or none")
class PlainYamlTest {

  /** The value {@link PlainYaml} gives, checked against SnakeYAML's when it gives one. */
  static Optional<YamlValue> sameAsSnakeYaml(String text) {
    Optional<YamlValue> plain = PlainYaml.read(text);
    if (plain.isPresent()) {
      YamlValue composed;
      try {
        composed = YamlReader.composed(text);
      } catch (InvalidYamlException e) {
        throw new AssertionError("SnakeYAML refuses what PlainYaml read:\n" + text, e);
      }
      assertThat(plain.get()).as("the value of:%n%s", text).isEqualTo(composed);
    }
    return plain;
  }

  static Stream<Path> shippedFiles() throws IOException {
    try (Stream<Path> files = Files.walk(Path.of("bot-config"))) {
      return files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("shippedFiles")
  @DisplayName("every shipped configuration and knowledge file: read, and read alike")
  void shipped(Path file) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);

    assertThat(sameAsSnakeYaml(text)).as("read by PlainYaml").isPresent();
  }

  @Test
  @DisplayName("every other YAML file of the repository: alike when read")
  void everyOther() throws IOException {
    List<Path> files;
    try (Stream<Path> walk =
        Stream.of("src/test/resources", "deploy")
            .map(Path::of)
            .filter(Files::isDirectory)
            .flatMap(PlainYamlTest::walk)) {
      files = walk.filter(f -> f.toString().matches(".*\\.ya?ml")).toList();
    }
    assertThat(files).isNotEmpty();
    for (Path file : files) {
      sameAsSnakeYaml(Files.readString(file, StandardCharsets.UTF_8));
    }
  }

  private static Stream<Path> walk(Path directory) {
    try {
      return Files.walk(directory).toList().stream();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "id: ovhcloud\nhome: true\nname: OVHcloud # the home provider\n",
        "a: yes\nb: No\nc: off\nd: y\ne: ~\nf: null\ng:\nh: ''\ni: \"\"\n",
        "a: 010\nb: 0x1F\nc: 1_000\nd: -5\ne: +12\nf: 1.5\ng: 1e3\nh: .5\ni: 1:30\nj: 0b101\n",
        "a: 'it''s'\nb: \"say 'hi'\"\nc: C# guide\nd: a:b\ne: ::1\nf: x-y\ng: é è 日本\n",
        "list:\n- a\n- b\nnext: 1\n",
        "list:\n  - a\n  -   b   # two\n  -\n  - 'c'\nnext:\n",
        "items:\n  - id: one\n    n: 1\n  - id: two\n    sub:\n      - x\n      - y\n",
        "f: [fr, en, 'de', \"it\", 1, yes, ~]\ng: {pattern: 'mx\\d\\.ovh', kind: mailbox}\n",
        "a:\n  - {name: x, type: srv, port: 443,   # Outlook\n     alsoAccepted: ['p\\d+']}\n",
        "nested: [[a, b], {c: d}, []]\nempty: {}\n",
        "- a\n- b: c\n  d: e\n",
        "# only a comment\n\n",
        "",
        "a: 1\n\n\n# comment\n  # indented comment\nb: 2\n",
        "trailing: value   \nspaces:    'q'   \n",
        "deep:\n  deeper:\n    deepest:\n      - 1\n      - 2\n    back: x\nout: y\n",
        "url: https://docs.ovhcloud.com/{lang}/guides/{path}\n",
        "k: [a,b]\nl: { a: b }\n",
        "a: -\n",
        "a: 'unclosed\n",
        "a: b\na: c\n",
        "a:\tb\n",
        "a: b\r\nc: d\r\n",
        "a: &x 1\nb: *x\n",
        "a: !!str 1\n",
        "a: |\n  text\n",
        "a: >\n  text\n",
        "a: multi\n  line\n",
        "---\na: 1\n",
        "a: 1\n---\nb: 2\n",
        "%YAML 1.1\n---\na: 1\n",
        "just a scalar\n",
        "[a, b]\n",
        "a: [a, b,]\n",
        "a: {b: 1, b: 2}\n",
        "a: - b\n",
        "a: \"esc\\n\"\n",
        "a:\n  b: 1\n c: 2\n",
        "a:\n    b: 1\n  c: 2\n",
        "- a\nb: c\n",
        "a: 1\n  b: 2\n",
        "? a\n: b\n",
        "<<: {a: 1}\n",
        "a: .inf\n",
        "a: [a\n  b]\n",
        "a: [a, # c\n  b]\n",
        "a: [a,\nb]\n",
        "'quoted': key\n",
        "a: 'x' y\n",
        "a:b: c\n",
        "a b: c\n",
        "a: \u0085b\n",
        "a: \u00a0b\n",
        "- - a\n",
        "a: @b\n",
        "a: `b\n",
        "a: %b\n",
        "a: ?b\n",
        "a: :b\n",
        "a: -b\n",
        "a: '#b'\n",
        "a:\n- b\n- c\n d\n",
        "a: [b: c]\n",
        "a: {b}\n",
        "a: {b: }\n",
      })
  @DisplayName("tricky texts: SnakeYAML's value, or left to SnakeYAML")
  void tricky(String text) {
    sameAsSnakeYaml(text);
  }

  @Test
  @DisplayName("reads what the knowledge files are made of")
  void readsTheUsualForms() {
    for (String text :
        List.of(
            "id: ovhcloud\nhome: true\n",
            "list:\n- a\nnext: 1\n",
            "items:\n  - id: one\n    n: 1\n  - {id: two}\n",
            "f: [fr, en]\ng: {pattern: 'mx\\d', kind: mailbox}\n",
            "a:\n  - {name: x, port: 443,   # Outlook\n     alsoAccepted: ['p\\d+']}\n",
            "# only a comment\n")) {
      assertThat(sameAsSnakeYaml(text)).as(text).isPresent();
    }
  }

  @Test
  @DisplayName("leaves to SnakeYAML what it does not know, mistakes included")
  void leavesTheRest() {
    for (String text :
        List.of(
            "a: &x 1\nb: *x\n",
            "a: |\n  text\n",
            "a: multi\n  line\n",
            "a: b\na: c\n",
            "a:\tb\n",
            "a: 'unclosed\n",
            "a: \"esc\\n\"\n",
            "---\na: 1\n",
            "just a scalar\n")) {
      assertThat(PlainYaml.read(text)).as(text).isEmpty();
    }
  }
}
