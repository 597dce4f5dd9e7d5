package dev.mxbot.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads the subset of the master-file format the benchmark zones use: {@code $ORIGIN}, {@code
 * $TTL}, one record per line ({@code owner [ttl] [IN] TYPE data}), {@code @}, relative owner names,
 * a blank owner meaning the previous one, {@code ;} comments outside quotes. TXT data is its
 * strings joined. Pure functions.
 */
final class MasterFile {

  private static final Set<String> CLASSES = Set.of("IN", "CH", "HS");

  private MasterFile() {}

  /** Receives each record read: names absolute and lower case. */
  interface Sink {
    void add(String origin, String owner, String type, String data);
  }

  static void read(String text, Sink sink) {
    String origin = null;
    String owner = null;
    for (String raw : text.split("\n")) {
      String line = stripComment(raw);
      if (line.isBlank()) {
        continue;
      }
      List<String> fields = fields(line);
      if (fields.get(0).equalsIgnoreCase("$ORIGIN")) {
        origin = ZoneData.lower(fields.get(1));
        continue;
      }
      if (fields.get(0).startsWith("$")) {
        continue;
      }
      int i = 0;
      if (!Character.isWhitespace(line.charAt(0))) {
        owner = absolute(fields.get(i++), origin);
      }
      while (i < fields.size() - 1 && isTtlOrClass(fields.get(i))) {
        i++;
      }
      String type = fields.get(i++).toUpperCase(Locale.ROOT);
      List<String> rest = fields.subList(i, fields.size());
      String data =
          type.equals("TXT")
              ? String.join("", rest.stream().map(MasterFile::unquote).toList())
              : String.join(" ", rest);
      sink.add(origin, owner, type, data);
    }
  }

  private static boolean isTtlOrClass(String field) {
    return field.chars().allMatch(Character::isDigit)
        || CLASSES.contains(field.toUpperCase(Locale.ROOT));
  }

  private static String absolute(String name, String origin) {
    if (name.equals("@")) {
      return origin;
    }
    return name.endsWith(".") ? ZoneData.lower(name) : ZoneData.lower(name + "." + origin);
  }

  private static String stripComment(String line) {
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (c == ';' && !quoted) {
        return line.substring(0, i);
      }
    }
    return line;
  }

  /** Whitespace-separated fields; a quoted string (with its quotes) is one field. */
  private static List<String> fields(String line) {
    List<String> fields = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    boolean quoted = false;
    for (char c : line.strip().toCharArray()) {
      if (c == '"') {
        quoted = !quoted;
        current.append(c);
      } else if (Character.isWhitespace(c) && !quoted) {
        if (current.length() > 0) {
          fields.add(current.toString());
          current.setLength(0);
        }
      } else {
        current.append(c);
      }
    }
    if (current.length() > 0) {
      fields.add(current.toString());
    }
    return fields;
  }

  private static String unquote(String field) {
    return field.startsWith("\"") && field.endsWith("\"") && field.length() >= 2
        ? field.substring(1, field.length() - 1)
        : field;
  }
}
