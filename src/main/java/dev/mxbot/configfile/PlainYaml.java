package dev.mxbot.configfile;

import dev.mxbot.configfile.YamlValue.Mapping;
import dev.mxbot.configfile.YamlValue.Sequence;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * A reader for the plain YAML that configuration and knowledge files are written in: block mappings
 * and lists (a list may sit under its key at the key's indentation), one-line values, plain or
 * quoted, lists and mappings in brackets (which may go on over lines and hold comments), comments.
 * It gives the very value {@link YamlReader}'s SnakeYAML path gives, or nothing at all — for
 * anything else (anchors, tags, block text, several documents, a value over several lines, escapes
 * in double quotes, tabs, a duplicate key, a mistake) the caller reads the file with SnakeYAML,
 * which also words the errors. Plain values are typed as SnakeYAML's own YAML 1.1 resolver types
 * them ({@link #plainTag}: its expressions run only for values that start like a number), through
 * {@link YamlScalars} like the rest.
 *
 * <p>Why: a cold {@code check} waits for the knowledge files, and SnakeYAML's general reader, run
 * cold (interpreted, then compiled method by method), was half of that wait. One instance per text.
 */
final class PlainYaml {

  /** How deep lists and mappings may nest here; deeper ones are left to SnakeYAML. */
  private static final int MAX_DEPTH = 64;

  /** The spellings of YAML 1.1's booleans and null that SnakeYAML's resolver takes. */
  private static final Set<String> BOOLEANS =
      Set.of(
          "yes", "Yes", "YES", "no", "No", "NO", "true", "True", "TRUE", "false", "False", "FALSE",
          "on", "On", "ON", "off", "Off", "OFF");

  private static final Set<String> NULLS = Set.of("null", "Null", "NULL");

  /** Thrown to give the text up to SnakeYAML; never leaves this class. */
  private static final class NotPlain extends Exception {
    private static final long serialVersionUID = 1L;

    NotPlain() {
      super(null, null, false, false);
    }
  }

  private static final NotPlain NOT_PLAIN = new NotPlain();

  private final String text;
  private final char[] chars;
  private final int[] starts;
  private final int[] indents;

  /** The current line, and where reading is on it (an entry's value, after its {@code - }). */
  private int line;

  private int column;
  private int depth;

  private PlainYaml(String text, char[] chars, int[] starts, int[] indents) {
    this.text = text;
    this.chars = chars;
    this.starts = starts;
    this.indents = indents;
  }

  /** The value of {@code text}, or empty when it is not plain YAML as this reader knows it. */
  static Optional<YamlValue> read(String text) {
    // One pass over the characters as an array: a cold JVM interprets this code, and there a call
    // of charAt per character (four passes over 40 KB of knowledge files) cost milliseconds.
    char[] chars = text.toCharArray();
    int lines = 1;
    for (char c : chars) {
      boolean printable =
          (c >= 0x20 && c < 0x7F) || c == '\n' || (c >= 0xA0 && c < 0xD800) || c >= 0xE000;
      if (!printable || c == 0x2028 || c == 0x2029 || c >= 0xFFFE) {
        return Optional.empty();
      }
      if (c == '\n') {
        lines++;
      }
    }
    int[] starts = new int[lines];
    int[] indents = new int[lines];
    for (int i = 0, l = 0; l < lines; l++) {
      starts[l] = i;
      while (i < chars.length && chars[i] == ' ') {
        i++;
      }
      indents[l] = i - starts[l];
      while (i < chars.length && chars[i] != '\n') {
        i++;
      }
      i++;
    }
    PlainYaml reader = new PlainYaml(text, chars, starts, indents);
    try {
      return Optional.of(reader.document());
    } catch (NotPlain | IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private YamlValue document() throws NotPlain {
    line = -1;
    if (!nextLine()) {
      return YamlValue.ABSENT;
    }
    String first = rest();
    if (first.startsWith("---") || first.startsWith("...") || first.startsWith("%")) {
      throw NOT_PLAIN;
    }
    if (indents[line] != 0 || !(entryIsItem() || key() != null)) {
      throw NOT_PLAIN; // a single value, or a first line out of place
    }
    YamlValue value = block(0);
    if (line < starts.length) {
      throw NOT_PLAIN; // a line below the document's indentation was left
    }
    return value;
  }

  /** Moves to the next line with content (not blank, not only a comment); false at the end. */
  private boolean nextLine() {
    for (line++; line < starts.length; line++) {
      int at = starts[line] + indents[line];
      if (at < end(line) && chars[at] != '#') {
        column = indents[line];
        return true;
      }
    }
    return false;
  }

  private int end(int l) {
    return l + 1 < starts.length ? starts[l + 1] - 1 : chars.length;
  }

  /** The current line from the reading column on. */
  private String rest() {
    return text.substring(starts[line] + column, end(line));
  }

  /** Where reading is on the current line, as an index of {@link #chars}. */
  private int at() {
    return starts[line] + column;
  }

  /**
   * Whether the current line has nothing left but, maybe, a comment. Like the other tests of the
   * line here, it looks at {@link #chars} in place: a substring per test was most of this reader's
   * time in a cold JVM.
   */
  private boolean restIsEmpty() {
    int at = at();
    return at >= end(line) || chars[at] == '#';
  }

  /** Whether the current line goes on with a list item: {@code -} alone or {@code - }. */
  private boolean entryIsItem() {
    int at = at();
    int end = end(line);
    return at < end && chars[at] == '-' && (at + 1 == end || chars[at + 1] == ' ');
  }

  /** The block at the current line, whose indentation is {@code indent}. */
  private YamlValue block(int indent) throws NotPlain {
    deeper();
    YamlValue value = entryIsItem() ? sequence(indent, false) : mapping(indent);
    depth--;
    return value;
  }

  /**
   * A list at {@code indent}; {@code underKey}: a list at its key's own indentation, after which
   * that mapping's next key may follow at the same indentation.
   */
  private Sequence sequence(int indent, boolean underKey) throws NotPlain {
    List<YamlValue> items = new ArrayList<>();
    while (line < starts.length && column == indent && entryIsItem()) {
      int dash = column;
      int after = dash + 1;
      while (starts[line] + after < end(line) && chars[starts[line] + after] == ' ') {
        after++;
      }
      column = after;
      if (restIsEmpty()) {
        items.add(nested(dash, false));
      } else if (entryIsItem()) {
        throw NOT_PLAIN; // a list in a list on one line
      } else if (key() != null) {
        items.add(block(column)); // a mapping that starts on the item's line
      } else {
        items.add(inline(dash));
      }
    }
    if (underKey && line < starts.length && column == indent) {
      return new Sequence(items); // the mapping goes on, or finds a mistake
    }
    checkDedent(indent);
    return new Sequence(items);
  }

  private Mapping mapping(int indent) throws NotPlain {
    Map<String, YamlValue> entries = new LinkedHashMap<>();
    while (line < starts.length && column == indent && !entryIsItem()) {
      String key = key();
      if (key == null || entries.containsKey(key)) {
        throw NOT_PLAIN;
      }
      column += key.length() + 1;
      while (starts[line] + column < end(line) && chars[starts[line] + column] == ' ') {
        column++;
      }
      YamlValue value;
      if (restIsEmpty()) {
        value = nested(indent, true);
      } else {
        value = inline(indent);
      }
      entries.put(key, value);
    }
    checkDedent(indent);
    return new Mapping(entries);
  }

  /** One level deeper; a document nested deeper than {@link #MAX_DEPTH} is left to SnakeYAML. */
  private void deeper() throws NotPlain {
    if (++depth > MAX_DEPTH) {
      throw NOT_PLAIN;
    }
  }

  /** After a block: the next line must belong to an enclosing one (less indented). */
  private void checkDedent(int indent) throws NotPlain {
    if (line < starts.length && column >= indent) {
      throw NOT_PLAIN;
    }
  }

  /**
   * The value of an entry whose line ends after its {@code :} or {@code -}: the more indented block
   * below it, a list at the key's own indentation ({@code keyed}), or nothing.
   */
  private YamlValue nested(int indent, boolean keyed) throws NotPlain {
    if (!nextLine()) {
      return scalar("", true);
    }
    if (column > indent) {
      return block(column);
    }
    if (keyed && column == indent && entryIsItem()) {
      deeper();
      Sequence list = sequence(indent, true);
      depth--;
      return list;
    }
    return scalar("", true);
  }

  /**
   * The key that starts the rest of the current line ({@code name:} followed by a space or the
   * end), or null. Keys are plain names: letters, digits, {@code _ . - /}.
   */
  private String key() {
    int start = at();
    int end = end(line);
    int i = start;
    while (i < end && isKeyChar(chars[i], i > start)) {
      i++;
    }
    if (i == start || i >= end || chars[i] != ':') {
      return null;
    }
    if (i + 1 < end && chars[i + 1] != ' ') {
      return null;
    }
    return text.substring(start, i);
  }

  /**
   * A value on the entry's own line: quoted, plain, or a bracketed list or mapping that may go on
   * over the following lines, which must be indented more than {@code indent}. Moves to the next
   * line with content; that line must not be indented more than {@code indent} (a value over
   * several lines).
   */
  private YamlValue inline(int indent) throws NotPlain {
    int at = starts[line] + column;
    char first = chars[at];
    YamlValue value;
    int after;
    if (first == '[' || first == '{') {
      Flow flow = new Flow(at, indent);
      value = flow.value();
      after = flow.at;
    } else if (first == '\'' || first == '"') {
      Quoted quoted = quoted(at);
      value = scalar(quoted.text, false);
      after = quoted.end;
    } else {
      int stop = commentOrEnd(at, end(line));
      String plain = text.substring(at, stop).strip();
      checkPlain(plain, false);
      value = scalar(plain, true);
      after = stop;
    }
    afterValue(after);
    if (nextLine() && column > indent) {
      throw NOT_PLAIN;
    }
    return value;
  }

  /** Where a comment ({@code " #"}) starts between {@code at} and {@code lineEnd}, else lineEnd. */
  private int commentOrEnd(int at, int lineEnd) {
    for (int i = at + 1; i < lineEnd; i++) {
      if (chars[i] == '#' && chars[i - 1] == ' ') {
        return i - 1;
      }
    }
    return lineEnd;
  }

  /** Only spaces, then a comment or the end of the line, may follow a value. */
  private void afterValue(int at) throws NotPlain {
    int lineEnd = end(lineOf(at));
    int i = at;
    while (i < lineEnd && chars[i] == ' ') {
      i++;
    }
    if (i < lineEnd && !(chars[i] == '#' && i > at)) {
      throw NOT_PLAIN;
    }
    line = lineOf(at);
  }

  private int lineOf(int at) {
    int l = line;
    while (l + 1 < starts.length && starts[l + 1] <= at) {
      l++;
    }
    return l;
  }

  /** A character of a key: a letter, a digit, {@code _}, and after the first {@code . - /}. */
  private static boolean isKeyChar(char c, boolean notFirst) {
    return (c >= 'a' && c <= 'z')
        || (c >= 'A' && c <= 'Z')
        || (c >= '0' && c <= '9')
        || c == '_'
        || (notFirst && (c == '.' || c == '-' || c == '/'));
  }

  /**
   * A plain value as this reader takes it: no indicator first, no {@code : } inside nor {@code :}
   * last; in brackets none of {@code : # [ ] { }} at all (a space and {@code #} end it first).
   */
  private static void checkPlain(String plain, boolean flow) throws NotPlain {
    if (plain.isEmpty()) {
      throw NOT_PLAIN;
    }
    char first = plain.charAt(0);
    if ("&*!|>%@`#'\"[]{},".indexOf(first) >= 0) {
      throw NOT_PLAIN;
    }
    if ((first == '-' || first == '?' || first == ':')
        && (plain.length() == 1 || plain.charAt(1) == ' ')) {
      throw NOT_PLAIN;
    }
    if (plain.contains(": ") || plain.endsWith(":")) {
      throw NOT_PLAIN;
    }
    if (flow) {
      if (first == '-' || first == '?' || first == ':') {
        throw NOT_PLAIN; // in brackets, SnakeYAML reads ?x as a key
      }
      for (int i = 0; i < plain.length(); i++) {
        switch (plain.charAt(i)) {
          case ':', '#', '[', ']', '{', '}' -> throw NOT_PLAIN;
          default -> {}
        }
      }
    }
  }

  /** The value of a scalar: a plain one typed by YAML 1.1's rules, a quoted one text. */
  private static YamlValue scalar(String value, boolean plain) {
    Tag tag = plain ? plainTag(value) : Tag.STR;
    return YamlScalars.of(tag, value);
  }

  /**
   * The tag SnakeYAML's resolver gives a plain scalar, without running its regular expressions for
   * the values whose tag their first character or their whole text settles (a cold JVM interprets
   * every regular expression match): the resolver tries a value's expressions by its first
   * character (booleans {@code yYnNtTfFoO}, numbers {@code -+.0-9}, null {@code ~nN}, merge {@code
   * <}, YAML's own {@code !&*}), then those of null for any value ({@code ~ null Null NULL}, a
   * space, the empty text); any other value is text. {@code PlainTagTest} holds it to SnakeYAML.
   */
  static Tag plainTag(String value) {
    if (value.isEmpty()) {
      return Tag.NULL;
    }
    switch (value.charAt(0)) {
      case 'y', 'Y', 'n', 'N', 't', 'T', 'f', 'F', 'o', 'O':
        return wordTag(value);
      case '~', ' ':
        return value.length() == 1 ? Tag.NULL : Tag.STR; // "~" and " " are null
      case '-', '+', '.', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '<', '!', '&', '*':
        return isPlainDecimal(value)
            ? Tag.INT
            : LazyResolver.INSTANCE.resolve(NodeId.scalar, value, true);
      default:
        return Tag.STR;
    }
  }

  /** A value starting with a letter of YAML 1.1's booleans: one of them, null, or text. */
  private static Tag wordTag(String value) {
    if (BOOLEANS.contains(value)) {
      return Tag.BOOL;
    }
    return NULLS.contains(value) ? Tag.NULL : Tag.STR;
  }

  /**
   * {@code 0}, or a digit from 1 to 9 followed by digits: a whole number for the resolver, which
   * tries its integer expression first (up to 1,024 characters; 18 here).
   */
  private static boolean isPlainDecimal(String value) {
    int length = value.length();
    if (length > 18 || value.charAt(0) < '0' || value.charAt(0) > '9') {
      return false;
    }
    if (value.charAt(0) == '0') {
      return length == 1;
    }
    for (int i = 1; i < length; i++) {
      char c = value.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /** SnakeYAML's resolver, made (and its expressions compiled) the first time a value needs it. */
  private static final class LazyResolver {
    static final Resolver INSTANCE = new Resolver();
  }

  private record Quoted(String text, int end) {}

  /** A quoted value starting at {@code at}, closed on its line; no escapes in double quotes. */
  private Quoted quoted(int at) throws NotPlain {
    char quote = chars[at];
    StringBuilder value = new StringBuilder();
    int i = at + 1;
    while (true) {
      if (i >= chars.length) {
        throw NOT_PLAIN;
      }
      char c = chars[i];
      if (c == '\n' || (quote == '"' && c == '\\')) {
        throw NOT_PLAIN;
      }
      if (c == quote) {
        if (quote == '\'' && i + 1 < chars.length && chars[i + 1] == '\'') {
          value.append('\'');
          i += 2;
          continue;
        }
        return new Quoted(value.toString(), i + 1);
      }
      value.append(c);
      i++;
    }
  }

  /** A bracketed list or mapping, read character by character from {@code at}. */
  private final class Flow {
    private int at;
    private final int indent;

    Flow(int at, int indent) {
      this.at = at;
      this.indent = indent;
    }

    YamlValue value() throws NotPlain {
      deeper();
      char open = chars[at++];
      YamlValue value = open == '[' ? list() : map();
      depth--;
      return value;
    }

    private Sequence list() throws NotPlain {
      List<YamlValue> items = new ArrayList<>();
      space();
      if (peek() == ']') {
        at++;
        return new Sequence(items);
      }
      while (true) {
        items.add(item());
        space();
        char c = peek();
        at++;
        if (c == ']') {
          return new Sequence(items);
        }
        if (c != ',') {
          throw NOT_PLAIN;
        }
        space();
        if (peek() == ']') {
          throw NOT_PLAIN; // a trailing comma
        }
      }
    }

    private Mapping map() throws NotPlain {
      Map<String, YamlValue> entries = new LinkedHashMap<>();
      space();
      if (peek() == '}') {
        at++;
        return new Mapping(entries);
      }
      while (true) {
        int keyStart = at;
        while (at < chars.length && isKeyChar(chars[at], at > keyStart)) {
          at++;
        }
        String key = text.substring(keyStart, at);
        if (key.isEmpty()
            || entries.containsKey(key)
            || at + 1 >= chars.length
            || chars[at] != ':'
            || chars[at + 1] != ' ') {
          throw NOT_PLAIN;
        }
        at += 2;
        space();
        entries.put(key, item());
        space();
        char c = peek();
        at++;
        if (c == '}') {
          return new Mapping(entries);
        }
        if (c != ',') {
          throw NOT_PLAIN;
        }
        space();
        if (peek() == '}') {
          throw NOT_PLAIN;
        }
      }
    }

    /** One value in brackets: nested brackets, quoted, or plain up to {@code , ] }}. */
    private YamlValue item() throws NotPlain {
      char c = peek();
      if (c == '[' || c == '{') {
        return value();
      }
      if (c == '\'' || c == '"') {
        Quoted quoted = quoted(at);
        at = quoted.end;
        return scalar(quoted.text, false);
      }
      int start = at;
      while (at < chars.length && !endsFlowItem(chars[at])) {
        at++;
      }
      String plain = text.substring(start, at).strip();
      checkPlain(plain, true);
      return scalar(plain, true);
    }

    private static boolean endsFlowItem(char c) {
      return c == ',' || c == ']' || c == '}' || c == '\n';
    }

    /** Skips spaces, line breaks and comments; a new line must be indented past the entry's. */
    private void space() throws NotPlain {
      while (at < chars.length) {
        char c = chars[at];
        if (c == ' ') {
          at++;
        } else if (c == '#' && chars[at - 1] == ' ') {
          while (at < chars.length && chars[at] != '\n') {
            at++;
          }
        } else if (c == '\n') {
          at++;
          int spaces = 0;
          while (at < chars.length && chars[at] == ' ') {
            at++;
            spaces++;
          }
          if (spaces <= indent && at < chars.length && chars[at] != '\n') {
            throw NOT_PLAIN;
          }
        } else {
          return;
        }
      }
    }

    private char peek() throws NotPlain {
      if (at >= chars.length) {
        throw NOT_PLAIN;
      }
      return chars[at];
    }
  }
}
