package dev.mxbot.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

/**
 * Where an audit's results go, one line of text each, written and flushed as each input line
 * finishes (so the output is in the order lines finish, not the input's; a stop leaves whole lines
 * only). The results of one input line are written together. Thread safe.
 */
public final class Sink implements AutoCloseable {

  private static final ObjectMapper COMPACT = new ObjectMapper();

  private final Writer out;
  private final OutputFormat format;
  private final boolean closeOut;
  private boolean closed;

  /**
   * @param out the output, already positioned (a resumed file is appended to)
   * @param withHeader whether to write the CSV header first (a new or empty CSV file)
   * @param closeOut whether {@link #close()} closes {@code out} (not standard output)
   */
  public Sink(Writer out, OutputFormat format, boolean withHeader, boolean closeOut) {
    this.out = out;
    this.format = format;
    this.closeOut = closeOut;
    if (format == OutputFormat.CSV && withHeader) {
      writeText(Csv.HEADER + "\n");
    }
  }

  /** Writes the results of input line {@code line}: each JSON object gets {@code "line"}. */
  public List<Row> write(int line, List<ObjectNode> results) {
    StringBuilder text = new StringBuilder();
    List<Row> rows =
        results.stream()
            .map(
                json -> {
                  ObjectNode withLine = json.deepCopy();
                  withLine.put("line", line);
                  Row row = Row.of(withLine);
                  text.append(format == OutputFormat.CSV ? Csv.line(row) : compact(withLine));
                  text.append('\n');
                  return row;
                })
            .toList();
    writeText(text.toString());
    return rows;
  }

  private synchronized void writeText(String text) {
    if (closed) {
      return; // a line that finished after a stop's drain: dropped whole, resume checks it
    }
    try {
      out.write(text);
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String compact(ObjectNode json) {
    try {
      return COMPACT.writeValueAsString(json);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree always serialises", e);
    }
  }

  @Override
  public synchronized void close() throws IOException {
    if (closed) {
      return;
    }
    closed = true;
    out.flush();
    if (closeOut) {
      out.close();
    }
  }
}
