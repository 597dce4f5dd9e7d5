package dev.mxbot.audit;

import java.util.ArrayList;
import java.util.List;

/**
 * CSV cells as RFC 4180 writes them, and safe to open in a spreadsheet: a cell starting with {@code
 * =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return would be read as a formula (CSV
 * injection), so it gets a leading {@code '}.
 */
public final class Csv {

  /** The header of an audit's CSV output. */
  public static final String HEADER =
      "line,input,domain,verdict,complete,codes,mailProvider,dnsHost";

  private Csv() {}

  /** The CSV line (without line break) of {@code row}. */
  public static String line(Row row) {
    return String.join(
        ",",
        Integer.toString(row.line()),
        cell(row.input()),
        cell(row.domain()),
        cell(row.verdict()),
        cell(row.complete()),
        cell(row.codes()),
        cell(row.mailProvider()),
        cell(row.dnsHost()));
  }

  /** One cell: neutralised, then quoted when it holds a comma, a quote or a line break. */
  public static String cell(String value) {
    String text = value == null ? "" : value;
    if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
      text = "'" + text;
    }
    if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
      return "\"" + text.replace("\"", "\"\"") + "\"";
    }
    return text;
  }

  /**
   * The cells of one CSV line (quotes undone, the neutralising {@code '} kept); null when the line
   * is not a complete record (an open quote: a torn line).
   */
  public static List<String> parse(String line) {
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          cell.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        cells.add(cell.toString());
        cell.setLength(0);
      } else {
        cell.append(c);
      }
    }
    if (quoted) {
      return null;
    }
    cells.add(cell.toString());
    return cells;
  }
}
