package dev.mxbot.configfile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * {@link PlainYaml#plainTag}, which settles most plain values without SnakeYAML's regular
 * expressions, gives the very tag SnakeYAML's resolver gives: for every case of the words of YAML
 * 1.1's booleans and null, and for the numbers and near-numbers around its shortcuts.
 */
@DisplayName("plain values are typed as SnakeYAML types them")
class PlainTagTest {

  private static final Resolver SNAKEYAML = new Resolver();

  @Test
  @DisplayName("every upper/lower case spelling of yes, no, true, false, on, off and null")
  void everyCaseOfTheWords() {
    List<String> values = new ArrayList<>();
    for (String word : List.of("yes", "no", "true", "false", "on", "off", "null", "y", "n")) {
      values.addAll(spellings(word));
    }

    assertSameTags(values);
  }

  @Test
  @DisplayName("words that start like a boolean or null, and other text")
  void nearWords() {
    assertSameTags(
        List.of(
            "ovhcloud",
            "none",
            "nope",
            "text",
            "fastmail",
            "Off-site",
            "yes!",
            "no ",
            "truely",
            "nullable",
            "NULLS",
            "O",
            "T",
            "F",
            "mx1.mail.ovh.net",
            "gandi",
            "_spf.google.com",
            "é",
            "https://x/{lang}",
            "a",
            "Z",
            "\u0130",
            "\u0131"));
  }

  @Test
  @DisplayName("numbers, near-numbers and the other characters the resolver looks at first")
  void numbersAndIndicators() {
    assertSameTags(
        List.of(
            "0",
            "1",
            "5",
            "50",
            "200",
            "65535",
            "123456789012345678",
            "1234567890123456789",
            "1".repeat(1024),
            "1".repeat(1025),
            "00",
            "01",
            "010",
            "089",
            "0x1F",
            "0b101",
            "0o7",
            "1_000",
            "1,000",
            "1.5",
            ".5",
            ".inf",
            "-.inf",
            ".nan",
            "-1",
            "+1",
            "-",
            "+",
            "1e3",
            "12:30",
            "1:30:45",
            "2026-12-05",
            "2026-12-05T10:00:00Z",
            "1a",
            "9 lives",
            "<<",
            "<",
            "~",
            "~all",
            "~ ",
            "!",
            "&",
            "*",
            "!x",
            "&a",
            "*a",
            "=",
            "",
            " "));
  }

  private static void assertSameTags(List<String> values) {
    for (String value : values) {
      assertThat(PlainYaml.plainTag(value))
          .as("the tag of \"%s\"", value)
          .isEqualTo(SNAKEYAML.resolve(NodeId.scalar, value, true));
    }
  }

  /** Every spelling of {@code word} with each letter in lower or upper case. */
  private static List<String> spellings(String word) {
    List<String> spellings = new ArrayList<>();
    for (int mask = 0; mask < 1 << word.length(); mask++) {
      StringBuilder spelling = new StringBuilder();
      for (int i = 0; i < word.length(); i++) {
        String letter = word.substring(i, i + 1);
        spelling.append(
            (mask & 1 << i) != 0
                ? letter.toUpperCase(Locale.ROOT)
                : letter.toLowerCase(Locale.ROOT));
      }
      spellings.add(spelling.toString());
    }
    return spellings;
  }
}
