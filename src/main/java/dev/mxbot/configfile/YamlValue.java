package dev.mxbot.configfile;

import java.math.BigInteger;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * One value of a YAML document, as {@link ConfigNode} reads it: text, a whole or decimal number,
 * {@code true}/{@code false}, nothing ({@code ~}, {@code null}, an empty value or an absent key), a
 * list or a mapping. Immutable: a list or a mapping takes the collection it is given as its own,
 * unmodifiable from then on, and is not copied; the readers of this package that make them (the
 * only ones: this type is not public) each build a fresh collection and never touch it again. (A
 * copy of every mapping was 5 % of reading the knowledge files, which a cold check does first.)
 */
sealed interface YamlValue {

  /** Nothing: an absent key or an explicitly empty value. */
  YamlValue ABSENT = new Absent();

  /** How a message shows this value after {@code got}. */
  String shown();

  /** An absent key, {@code ~}, {@code null} or an empty value. */
  record Absent() implements YamlValue {
    @Override
    public String shown() {
      return "null";
    }
  }

  /** A string, quoted or not. */
  record Text(String text) implements YamlValue {
    @Override
    public String shown() {
      return "\"" + text + "\"";
    }
  }

  /** A whole number ({@code 53}, {@code 0x35}, {@code 065}, {@code 1_000}). */
  record Whole(BigInteger value) implements YamlValue {

    /** True when the value fits a Java {@code int}. */
    boolean fitsInt() {
      return value.bitLength() < Integer.SIZE;
    }

    @Override
    public String shown() {
      return value.toString();
    }
  }

  /** A number with a fraction or an exponent ({@code 1.5}, {@code 1e3}). */
  record Decimal(double value) implements YamlValue {
    @Override
    public String shown() {
      String number = Double.toString(value);
      return Double.isFinite(value) ? number : "\"" + number + "\"";
    }
  }

  /** {@code true} or {@code false}. */
  record Bool(boolean value) implements YamlValue {
    @Override
    public String shown() {
      return Boolean.toString(value);
    }
  }

  /** A list of values; takes {@code items} as its own (see {@link YamlValue}). */
  record Sequence(List<YamlValue> items) implements YamlValue {

    public Sequence {
      items = Collections.unmodifiableList(items);
    }

    @Override
    public String shown() {
      return "a list";
    }
  }

  /** Keys and their values, in file order; takes {@code entries} as its own. */
  record Mapping(Map<String, YamlValue> entries) implements YamlValue {

    public Mapping {
      entries = Collections.unmodifiableMap(entries);
    }

    /** The value under {@code key}, {@link #ABSENT} when there is none. */
    YamlValue get(String key) {
      return entries.getOrDefault(key, ABSENT);
    }

    @Override
    public String shown() {
      return "a mapping";
    }
  }
}
