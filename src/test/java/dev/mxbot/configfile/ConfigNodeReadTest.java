package dev.mxbot.configfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Reading a knowledge file: YAML mistakes name their line, values keep their types")
class ConfigNodeReadTest {

  @TempDir Path dir;

  private Path file;

  private ConfigNode read(String yaml) throws IOException {
    file = dir.resolve("x.yaml");
    Files.writeString(file, yaml);
    return ConfigNode.read(file);
  }

  private String name() {
    return file.toString().replace('\\', '/');
  }

  @Test
  @DisplayName("a key given twice is refused on the line of the second one")
  void duplicateKey() throws IOException {
    String yaml = "id: home\nmail:\n  mx: a\n  spf: b\n  mx: c\n";

    assertThatThrownBy(() -> read(yaml))
        .isInstanceOf(ConfigException.class)
        .hasMessage(name() + ": line 5: expected valid YAML (duplicate key \"mx\")");
  }

  @Test
  @DisplayName("a syntax error is one line naming where it was found and where it started")
  void syntaxError() {
    assertThatThrownBy(() -> read("id: home\nname: [Home\nkind: x\n"))
        .hasMessage(
            name()
                + ": line 3: expected valid YAML (while parsing a flow sequence that starts on"
                + " line 2: expected ',' or ']', but got :)");
    assertThatThrownBy(() -> read("id: home\n  name: Home\n"))
        .hasMessage(name() + ": line 2: expected valid YAML (mapping values are not allowed here)");
  }

  @Test
  @DisplayName("numbers are YAML 1.1 numbers: 010 is octal, 0x1F hexadecimal, 1_000 a thousand")
  void numbers() throws IOException {
    ConfigNode root =
        read("octal: 010\nhex: 0x1F\nthousand: 1_000\nnegative: -5\nbig: 99999999999\n");

    assertThat(root.at("octal").asInt(0, 100)).isEqualTo(8);
    assertThat(root.at("hex").asInt(0, 100)).isEqualTo(31);
    assertThat(root.at("thousand").asInt(0, 65535)).isEqualTo(1000);
    assertThat(root.at("negative").asInt(-10, 10)).isEqualTo(-5);
    assertThatThrownBy(() -> root.at("big").asInt(0, 65535))
        .hasMessage(name() + ": big: expected a number 0-65535, got 99999999999");
  }

  @Test
  @DisplayName("a decimal is not a whole number, and .inf is not a number at all")
  void decimals() throws IOException {
    ConfigNode root = read("weight: 1.0\n");

    assertThatThrownBy(() -> root.at("weight").asInt(0, 10))
        .hasMessage(name() + ": weight: expected a number 0-10, got 1.0");
    assertThatThrownBy(() -> read("a: 1\nweight: .inf\n"))
        .hasMessage(name() + ": line 2: expected valid YAML (Malformed numeric value '.inf')");
  }

  @Test
  @DisplayName("a quoted number is text, and a number is not text")
  void quotedNumbers() throws IOException {
    ConfigNode root = read("quoted: \"5353\"\nbare: 5353\n");

    assertThat(root.at("quoted").asText()).isEqualTo("5353");
    assertThatThrownBy(() -> root.at("quoted").asInt(1, 65535))
        .hasMessage(name() + ": quoted: expected a number 1-65535, got \"5353\"");
    assertThatThrownBy(() -> root.at("bare").asText())
        .hasMessage(name() + ": bare: expected a non-empty string, got 5353");
  }

  @Test
  @DisplayName("true, yes, on and their opposites are booleans; y and n stay text")
  void booleans() throws IOException {
    ConfigNode root =
        read("a: true\nb: False\nc: yes\nd: No\ne: on\nf: OFF\ng: y\nh: n\ni: \"true\"\n");

    assertThat(root.at("a").asBoolean(false)).isTrue();
    assertThat(root.at("b").asBoolean(true)).isFalse();
    assertThat(root.at("c").asBoolean(false)).isTrue();
    assertThat(root.at("d").asBoolean(true)).isFalse();
    assertThat(root.at("e").asBoolean(false)).isTrue();
    assertThat(root.at("f").asBoolean(true)).isFalse();
    assertThat(root.at("g").asText()).isEqualTo("y");
    assertThat(root.at("h").asText()).isEqualTo("n");
    assertThatThrownBy(() -> root.at("g").asBoolean(false))
        .hasMessage(name() + ": g: expected true or false, got \"y\"");
    assertThatThrownBy(() -> root.at("i").asBoolean(false))
        .hasMessage(name() + ": i: expected true or false, got \"true\"");
  }

  @Test
  @DisplayName("~, null and an empty value are missing; empty quotes are an empty string")
  void nulls() throws IOException {
    ConfigNode root = read("tilde: ~\nword: null\nempty:\nquotes: ''\n");

    assertThat(root.at("tilde").isMissing()).isTrue();
    assertThat(root.at("word").isMissing()).isTrue();
    assertThat(root.at("empty").asOptionalText()).isEmpty();
    assertThat(root.at("empty").asBoolean(true)).isTrue();
    assertThat(root.at("quotes").isMissing()).isFalse();
    assertThatThrownBy(() -> root.at("quotes").asText())
        .hasMessage(name() + ": quotes: expected a non-empty string, got \"\"");
  }

  @Test
  @DisplayName("times and dates are text")
  void timesAndDates() throws IOException {
    ConfigNode root = read("time: 1:30\ndate: 2001-12-14\n");

    assertThat(root.at("time").asText()).isEqualTo("1:30");
    assertThat(root.at("date").asText()).isEqualTo("2001-12-14");
  }

  @Test
  @DisplayName("an empty file, or one with only comments, is a missing document")
  void emptyFile() throws IOException {
    for (String yaml : new String[] {"", "# nothing yet\n"}) {
      ConfigNode root = read(yaml);

      assertThat(root.isMissing()).isTrue();
      assertThat(root.at("id").isMissing()).isTrue();
      assertThatThrownBy(() -> root.requireKeys("id"))
          .hasMessage(name() + ": missing; expected a mapping of keys to values");
    }
  }

  @Test
  @DisplayName("a document that is a list or a single value is not a mapping")
  void rootNotMapping() throws IOException {
    ConfigNode list = read("- a\n- b\n");
    assertThatThrownBy(() -> list.requireKeys("id"))
        .hasMessage(name() + ": expected a mapping of keys to values, got a list");
    assertThat(list.at("id").isMissing()).isTrue();

    ConfigNode text = read("hello\n");
    assertThatThrownBy(() -> text.asMap())
        .hasMessage(name() + ": expected a mapping of keys to values, got \"hello\"");
  }

  @Test
  @DisplayName("an alias stands for the value of its anchor")
  void aliases() throws IOException {
    ConfigNode root = read("first: &mx {host: mx.example.com}\nsecond: *mx\n");

    assertThat(root.at("second").at("host").asText()).isEqualTo("mx.example.com");
    assertThatThrownBy(() -> read("a: *nowhere\n"))
        .hasMessage(name() + ": line 1: expected valid YAML (found undefined alias nowhere)");
  }

  @Test
  @DisplayName("a tag naming a Java class is refused, never built")
  void classTags() {
    assertThatThrownBy(() -> read("a: !!java.io.File /etc/passwd\n"))
        .hasMessageStartingWith(
            name() + ": line 1: expected valid YAML (Global tag is not allowed");
  }

  @Test
  @DisplayName("a file that is not UTF-8 is refused on the line of the first bad byte")
  void notUtf8() throws IOException {
    file = dir.resolve("latin1.yaml");
    Files.write(file, "id: home\nname: Caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));

    assertThatThrownBy(() -> ConfigNode.read(file))
        .hasMessage(
            name() + ": line 2: expected valid YAML (not UTF-8 text: check the file's encoding)");
  }

  @Test
  @DisplayName("U+FFFD written in UTF-8 is text like any other; bytes that are not UTF-8 are not")
  void replacementCharacter() throws IOException {
    file = dir.resolve("fffd.yaml");
    Files.write(file, "id: home\nname: \ufffd and \u00e9\n".getBytes(StandardCharsets.UTF_8));
    assertThat(ConfigNode.read(file).at("name").asText()).isEqualTo("\ufffd and \u00e9");

    for (byte[] bad :
        List.of(
            new byte[] {(byte) 0xC3}, // cut short at the end
            new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, // a surrogate, encoded
            new byte[] {(byte) 0xC0, (byte) 0xAF}, // an overlong "/"
            new byte[] {(byte) 0xEF, (byte) 0xBF, (byte) 0xBD, (byte) 0xFF})) { // U+FFFD, then not
      byte[] text = "id: home\nname: x".getBytes(StandardCharsets.UTF_8);
      byte[] bytes = Arrays.copyOf(text, text.length + bad.length);
      System.arraycopy(bad, 0, bytes, text.length, bad.length);
      Files.write(file, bytes);

      assertThatThrownBy(() -> ConfigNode.read(file))
          .as(Arrays.toString(bad))
          .hasMessage(
              name() + ": line 2: expected valid YAML (not UTF-8 text: check the file's encoding)");
    }
  }
}
