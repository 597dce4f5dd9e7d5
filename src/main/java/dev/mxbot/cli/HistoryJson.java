package dev.mxbot.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mxbot.core.HistoryEntry;
import dev.mxbot.render.JsonRenderer;
import java.util.List;

/**
 * {@code mxbot history --json}: an array of {@code {time, verdict, codes, changes}}, {@code
 * changes} as in the report. Apart from {@link HistoryCommand} so that only {@code --json} loads
 * Jackson (picocli loads every command class). Pure.
 */
final class HistoryJson {

  private HistoryJson() {}

  static String write(List<HistoryEntry> entries) {
    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ArrayNode array = mapper.createArrayNode();
    for (HistoryEntry entry : entries) {
      ObjectNode node = array.addObject();
      node.put("time", entry.time().toString());
      node.put("verdict", entry.verdict());
      entry.codes().forEach(node.putArray("codes")::add);
      node.set("changes", JsonRenderer.changes(entry.changes()));
      if (entry.complete() == null) {
        node.putNull("complete");
      } else {
        node.put("complete", entry.complete());
      }
    }
    try {
      return mapper.writeValueAsString(array);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree always serialises", e);
    }
  }
}
