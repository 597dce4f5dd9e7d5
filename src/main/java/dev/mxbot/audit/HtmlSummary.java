package dev.mxbot.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mxbot.i18n.Messages;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The HTML page of an audit: one self-contained file (no external asset) with the totals by
 * verdict, bars of the most frequent findings, mail providers and DNS hosts, and the table of every
 * line, sortable and filterable by a small inline script. Rows are kept in a temporary file while
 * the audit runs (memory stays flat), counts in memory.
 *
 * <p>Every value is HTML-escaped; the summary embedded as JSON (for scripts reading the page)
 * escapes {@code <}, {@code >} and {@code &} as {@code \\u003c}…, so no DNS value can close the
 * script element. Thread safe.
 */
public final class HtmlSummary implements AutoCloseable {

  /** How many entries each chart shows. */
  static final int TOP = 15;

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Messages messages;
  private final Path rowsFile;
  private final BufferedWriter rows;
  private final Map<String, Long> verdicts = new TreeMap<>();
  private final Map<String, Long> codes = new TreeMap<>();
  private final Map<String, Long> providers = new TreeMap<>();
  private final Map<String, Long> dnsHosts = new TreeMap<>();
  private long lines;

  public HtmlSummary(String lang) {
    this.messages = Messages.of(lang);
    try {
      this.rowsFile = Files.createTempFile("mxbot-audit-", ".rows");
      rowsFile.toFile().deleteOnExit();
      this.rows = Files.newBufferedWriter(rowsFile, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Counts one result and keeps its row for the table. */
  public synchronized void add(Row row) {
    lines++;
    verdicts.merge(row.verdict(), 1L, Long::sum);
    if (!row.refused()) {
      for (String code : row.codes().split(" ")) {
        if (!code.isEmpty()) {
          codes.merge(code, 1L, Long::sum);
        }
      }
      providers.merge(orNone(row.mailProvider()), 1L, Long::sum);
      dnsHosts.merge(orNone(row.dnsHost()), 1L, Long::sum);
    }
    try {
      rows.write(JSON.writeValueAsString(row));
      rows.write('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private String orNone(String id) {
    return id.isEmpty() ? "-" : id;
  }

  /** Writes the page to {@code file}. */
  public synchronized void write(Path file) throws IOException {
    rows.flush();
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write("<!DOCTYPE html>\n<html lang=\"" + escape(messages.lang()) + "\">\n<head>\n");
      out.write("<meta charset=\"utf-8\">\n");
      out.write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
      out.write("<title>" + text("audit.html.title") + "</title>\n");
      out.write("<style>" + STYLE + "</style>\n</head>\n<body>\n");
      out.write("<h1>" + text("audit.html.title") + "</h1>\n");
      out.write(
          "<p>"
              + text("audit.html.lines")
              + ": <strong id=\"total-lines\">"
              + lines
              + "</strong></p>\n");
      out.write("<section id=\"verdicts\"><h2>" + text("audit.html.verdicts") + "</h2>\n<table>");
      for (Map.Entry<String, Long> verdict : verdicts.entrySet()) {
        out.write(
            "<tr data-verdict=\""
                + escape(verdict.getKey())
                + "\"><th>"
                + escape(verdict.getKey())
                + "</th><td class=\"n\">"
                + verdict.getValue()
                + "</td></tr>");
      }
      out.write("</table></section>\n");
      chart(out, "findings", text("audit.html.findings"), codes);
      chart(out, "providers", text("audit.html.providers"), providers);
      chart(out, "dns-hosts", text("audit.html.dnsHosts"), dnsHosts);
      table(out);
      out.write("<script type=\"application/json\" id=\"mxbot-summary\">");
      out.write(embeddedJson(summaryJson()));
      out.write("</script>\n<script>" + SCRIPT + "</script>\n</body>\n</html>\n");
    }
  }

  private void chart(Writer out, String id, String title, Map<String, Long> counts)
      throws IOException {
    List<Map.Entry<String, Long>> top =
        counts.entrySet().stream()
            .sorted(
                Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
                    .thenComparing(Map.Entry.comparingByKey()))
            .limit(TOP)
            .toList();
    long max = top.isEmpty() ? 1 : top.get(0).getValue();
    out.write("<section id=\"" + id + "\" class=\"chart\"><h2>" + title + "</h2>\n");
    for (Map.Entry<String, Long> entry : top) {
      long percent = Math.max(1, entry.getValue() * 100 / max);
      out.write(
          "<div class=\"bar-row\" data-key=\""
              + escape(entry.getKey())
              + "\"><span class=\"label\">"
              + escape(entry.getKey())
              + "</span><span class=\"bar\"><span style=\"width:"
              + percent
              + "%\"></span></span><span class=\"n\">"
              + entry.getValue()
              + "</span></div>\n");
    }
    out.write("</section>\n");
  }

  private void table(Writer out) throws IOException {
    out.write("<section id=\"domains\"><h2>" + text("audit.html.domains") + "</h2>\n");
    out.write(
        "<p><input id=\"filter\" type=\"search\" placeholder=\""
            + text("audit.html.filter")
            + "\"> <span id=\"shown\">"
            + lines
            + "</span>/"
            + lines
            + "</p>\n<table id=\"rows\"><thead><tr>");
    String[] columns = {
      "line", "input", "domain", "verdict", "complete", "codes", "mailProvider", "dnsHost", "spf"
    };
    for (int i = 0; i < columns.length; i++) {
      out.write("<th data-col=\"" + i + "\">" + text("audit.html.column." + columns[i]) + "</th>");
    }
    out.write("</tr></thead>\n<tbody>\n");
    try (BufferedReader reader = Files.newBufferedReader(rowsFile, StandardCharsets.UTF_8)) {
      String line;
      while ((line = reader.readLine()) != null) {
        Row row = JSON.readValue(line, Row.class);
        out.write("<tr class=\"v-" + escape(row.verdict()) + "\">");
        cell(out, Integer.toString(row.line()));
        cell(out, row.input());
        cell(out, row.domain());
        cell(out, row.verdict());
        cell(out, row.complete());
        cell(out, row.codes());
        cell(out, row.mailProvider());
        cell(out, row.dnsHost());
        cell(out, row.spf());
        out.write("</tr>\n");
      }
    }
    out.write("</tbody></table></section>\n");
  }

  private static void cell(Writer out, String value) throws IOException {
    out.write("<td>" + escape(value) + "</td>");
  }

  private ObjectNode summaryJson() {
    ObjectNode root = JSON.createObjectNode();
    root.put("lines", lines);
    root.set("verdicts", JSON.valueToTree(verdicts));
    root.set("findings", JSON.valueToTree(codes));
    root.set("mailProviders", JSON.valueToTree(providers));
    root.set("dnsHosts", JSON.valueToTree(dnsHosts));
    return root;
  }

  /**
   * JSON safe inside a script element: {@code <}, {@code >}, {@code &} and the JavaScript line
   * separators escaped (they can only occur inside strings, where the escapes mean the same).
   */
  static String embeddedJson(Object value) {
    try {
      return JSON.writeValueAsString(value)
          .replace("<", "\\u003c")
          .replace(">", "\\u003e")
          .replace("&", "\\u0026")
          .replace("\u2028", "\\u2028")
          .replace("\u2029", "\\u2029");
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree always serialises", e);
    }
  }

  /** Text safe in HTML content and in a quoted attribute. */
  static String escape(String value) {
    if (value == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(value.length());
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  private String text(String key) {
    return escape(messages.get(key));
  }

  /** Counts by verdict (tests). */
  synchronized Map<String, Long> verdicts() {
    return new LinkedHashMap<>(verdicts);
  }

  @Override
  public synchronized void close() throws IOException {
    rows.close();
    Files.deleteIfExists(rowsFile);
  }

  private static final String STYLE =
      "body{font-family:system-ui,sans-serif;margin:1.5em;color:#222}"
          + "table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.2em .5em;"
          + "text-align:left;vertical-align:top}#rows th{cursor:pointer;background:#f3f3f3}"
          + "td.n{text-align:right}.chart{margin:1em 0}.bar-row{display:flex;align-items:center;"
          + "gap:.5em;margin:.15em 0}.label{width:22em;overflow:hidden;text-overflow:ellipsis}"
          + ".bar{display:inline-block;width:20em;background:#eee;height:.9em}"
          + ".bar span{display:block;height:100%;background:#3b7dd8}"
          + "tr.v-error td:nth-child(4){color:#b00020;font-weight:bold}"
          + "tr.v-warning td:nth-child(4){color:#a86400}tr.v-refused td{color:#777}"
          + "#rows td:nth-child(9){font-family:monospace;word-break:break-all;max-width:30em}";

  /** Sorting by a column (click its heading; again to reverse) and filtering (any cell). */
  private static final String SCRIPT =
      "(function(){var t=document.getElementById('rows'),b=t.tBodies[0],"
          + "f=document.getElementById('filter'),s=document.getElementById('shown'),dir={};"
          + "function show(){var q=f.value.toLowerCase(),n=0;"
          + "Array.prototype.forEach.call(b.rows,function(r){"
          + "var v=r.textContent.toLowerCase().indexOf(q)>=0;r.style.display=v?'':'none';"
          + "if(v){n++;}});s.textContent=String(n);}"
          + "f.addEventListener('input',show);"
          + "Array.prototype.forEach.call(t.tHead.rows[0].cells,function(h){"
          + "h.addEventListener('click',function(){var c=+h.getAttribute('data-col');"
          + "var d=dir[c]=-(dir[c]||-1);var rows=Array.prototype.slice.call(b.rows);"
          + "rows.sort(function(x,y){var a=x.cells[c].textContent,z=y.cells[c].textContent;"
          + "var na=parseFloat(a),nz=parseFloat(z);"
          + "var r=(!isNaN(na)&&!isNaN(nz))?na-nz:a.localeCompare(z);return r*d;});"
          + "rows.forEach(function(r){b.appendChild(r);});});});show();"
          + "document.documentElement.setAttribute('data-rows',s.textContent);})();";
}
