package dev.mxbot.configfile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;

/**
 * {@link PlainYaml} against SnakeYAML on made-up documents: mappings and lists, in blocks and in
 * brackets, over lines, with comments, holding values that YAML 1.1 types (yes, 010, ~), values
 * that need quotes, keys it does not take. Whatever the text, PlainYaml gives SnakeYAML's value or
 * none; a document written only with what it takes, it reads.
 */
@Label("plain YAML on made-up documents")
class PlainYamlPropertiesTest {

  private static final List<String> VALUES =
      List.of(
          "mx1.mail.ovh.net",
          "yes",
          "No",
          "off",
          "y",
          "010",
          "0x1F",
          "1_000",
          "-5",
          "+3",
          "1.5",
          "1e3",
          ".5",
          "~",
          "null",
          "",
          "true",
          "C# x",
          "a:b",
          "x-y",
          "::1",
          "é è",
          "日本",
          "1:30",
          "it's",
          "say \"hi\"",
          "a, b",
          "[x]",
          "{y}",
          "#hash",
          "- dash",
          "key: v",
          " lead",
          "trail ",
          "=",
          "<<",
          "?x",
          "@at",
          "%p",
          "*star",
          "&amp",
          "!bang",
          "|pipe",
          ">gt",
          "a # b",
          "back\\slash",
          "https://x/{lang}",
          "0o17",
          "0:30:00",
          ".inf",
          "NaN",
          "-",
          "?",
          ":",
          "'",
          "''",
          "a' b",
          "x\\y",
          "0.",
          "1_0.5",
          "+.5",
          "-.inf",
          "0b",
          "0x",
          "1__0",
          "True",
          "TRUE",
          "tRUE",
          "Yes",
          "ON",
          "Off",
          "NULL",
          "Null",
          "nULL",
          "-a",
          "a-",
          "a/b",
          "_x",
          "0777",
          "0999",
          "1,000",
          "12:30:45",
          "2026-12-05",
          "2026-12-05T10:00:00Z",
          "!",
          "a!",
          "x]",
          "x}",
          "x,y",
          "%",
          "@");

  /** Values written plain: nothing YAML would read differently from the other rules. */
  private static final List<String> SAFE_VALUES =
      List.of(
          "mx1.mail.ovh.net",
          "yes",
          "No",
          "010",
          "0x1F",
          "-5",
          "1.5",
          "~",
          "true",
          "x-y",
          "é è",
          "a:b",
          "C# x",
          "https://x/{lang}");

  private static final List<String> KEYS =
      List.of("id", "name", "a", "b-c", "x.y", "k_1", "on", "yes", "123", "with space", "é", "a:b");

  private static final List<String> SAFE_KEYS = List.of("id", "name", "a", "b-c", "x.y", "k_1");

  @Property(tries = 2000)
  @Label("any made-up document: SnakeYAML's value, or left to SnakeYAML")
  void sameOrNone(@ForAll long seed) {
    PlainYamlTest.sameAsSnakeYaml(new Writer(new Random(seed), false).document());
  }

  @Property(tries = 1000)
  @Label("a document of plain names and values, quoted or not: read, and read alike")
  void plainRead(@ForAll long seed) {
    String text = new Writer(new Random(seed), true).document();

    assertThat(PlainYamlTest.sameAsSnakeYaml(text)).as(text).isPresent();
  }

  /** Writes one random document; {@code safe}: only what PlainYaml takes. */
  private static final class Writer {
    private final Random random;
    private final boolean safe;
    private final StringBuilder out = new StringBuilder();
    private int keyCount;

    Writer(Random random, boolean safe) {
      this.random = random;
      this.safe = safe;
    }

    String document() {
      if (random.nextBoolean()) {
        map(0, 0);
      } else {
        list(0, 0);
      }
      return out.toString();
    }

    private void map(int indent, int depth) {
      int entries = 1 + random.nextInt(4);
      for (int i = 0; i < entries; i++) {
        out.append(" ".repeat(indent));
        entry(indent, depth);
      }
    }

    /** One key and its value, the key written at the current position. */
    private void entry(int indent, int depth) {
      out.append(key()).append(':');
      int kind = depth >= 3 ? 0 : random.nextInt(5);
      switch (kind) {
        case 1 -> {
          out.append(comment()).append('\n');
          map(indent + 2, depth + 1);
        }
        case 2 -> {
          out.append(comment()).append('\n');
          list(random.nextBoolean() ? indent : indent + 2, depth + 1);
        }
        case 3 -> {
          out.append(' ');
          flow(indent, depth + 1);
          out.append(comment()).append('\n');
        }
        default -> out.append(' ').append(scalar(false)).append(comment()).append('\n');
      }
    }

    private void list(int indent, int depth) {
      int items = 1 + random.nextInt(4);
      for (int i = 0; i < items; i++) {
        out.append(" ".repeat(indent)).append('-');
        int kind = depth >= 3 ? 0 : random.nextInt(5);
        switch (kind) {
          case 1 -> {
            out.append(' ');
            entry(indent + 2, depth + 1);
            if (random.nextBoolean()) {
              out.append(" ".repeat(indent + 2));
              entry(indent + 2, depth + 1);
            }
          }
          case 2 -> {
            out.append(comment()).append('\n');
            map(indent + 2, depth + 1);
          }
          case 3 -> {
            out.append(' ');
            flow(indent, depth + 1);
            out.append(comment()).append('\n');
          }
          default -> out.append(' ').append(scalar(false)).append(comment()).append('\n');
        }
      }
    }

    /** Brackets, maybe over lines indented past {@code indent}. */
    private void flow(int indent, int depth) {
      boolean mapping = random.nextBoolean();
      out.append(mapping ? '{' : '[');
      int items = random.nextInt(4);
      for (int i = 0; i < items; i++) {
        if (i > 0) {
          out.append(random.nextBoolean() ? ", " : ",");
          if (random.nextInt(4) == 0) {
            out.append(comment()).append('\n').append(" ".repeat(indent + 3));
          }
        }
        if (mapping) {
          out.append(key()).append(": ");
        }
        if (depth < 3 && random.nextInt(5) == 0) {
          flow(indent, depth + 1);
        } else {
          out.append(scalar(true));
        }
      }
      out.append(mapping ? '}' : ']');
    }

    private String key() {
      List<String> keys = safe ? SAFE_KEYS : KEYS;
      String key = keys.get(random.nextInt(keys.size()));
      return safe ? key + (keyCount++) : key; // unique in the safe documents
    }

    private String scalar(boolean inFlow) {
      List<String> values = safe ? SAFE_VALUES : VALUES;
      String value = values.get(random.nextInt(values.size()));
      int style = random.nextInt(3);
      if (safe
          && inFlow
          && style == 0
          && (value.startsWith("-")
              || value.contains(":")
              || value.contains("#")
              || value.contains("{"))) {
        style = 1;
      }
      return switch (style) {
        case 1 -> "'" + value.replace("'", "''") + "'";
        case 2 -> safe ? "'" + value + "'" : "\"" + value.replace("\"", "\\\"") + "\"";
        default -> value;
      };
    }

    private String comment() {
      return random.nextInt(4) == 0 ? "   # note: a, [b] {c}" : "";
    }
  }
}
