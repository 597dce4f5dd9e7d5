package dev.mxbot.render;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mxbot.core.Change;
import dev.mxbot.core.Changes;
import dev.mxbot.core.CustomerReply;
import dev.mxbot.core.Finding;
import dev.mxbot.core.InputRefusal;
import dev.mxbot.core.MxEntry;
import dev.mxbot.core.ProviderRef;
import dev.mxbot.core.Report;
import dev.mxbot.core.SeenRecords;
import dev.mxbot.guides.Guide;
import dev.mxbot.guides.GuideCatalog;
import dev.mxbot.i18n.Messages;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/**
 * Renders reports as the contract's JSON (see {@code check --json}): every field always present, in
 * the contract's order. Safe for concurrent use.
 */
public final class JsonRenderer {

  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private final GuideCatalog guides;

  @Inject
  public JsonRenderer(GuideCatalog guides) {
    this.guides = guides;
  }

  /** One report as a JSON object, without a customer reply ({@code "customerReply": null}). */
  public ObjectNode toJson(Report report, String lang) {
    return toJson(report, lang, null);
  }

  /**
   * One report as a JSON object; {@code reply} is the customer reply asked for ({@code check
   * --reply}), {@code null} when none was.
   */
  public ObjectNode toJson(Report report, String lang, CustomerReply reply) {
    ReportText text = new ReportText(Messages.of(lang));
    String language = text.messages().lang();
    ObjectNode root = MAPPER.createObjectNode();
    root.put("input", report.input());
    root.put("domain", report.domain().ascii());
    root.put("unicodeDomain", report.domain().unicode());
    root.put("verdict", report.verdict().id());
    root.put("complete", report.complete());
    ArrayNode unchecked = root.putArray("unchecked");
    report.unchecked().forEach(area -> unchecked.add(area.id()));
    root.set("dnsHost", provider(report.dnsHost(), false));
    root.set("mailProvider", provider(report.mailProvider(), true));
    ObjectNode records = root.putObject("records");
    strings(records, "ns", report.records().ns());
    if (report.records().mx() == null) {
      records.putNull("mx");
    } else {
      ArrayNode mx = records.putArray("mx");
      for (MxEntry entry : report.records().mx()) {
        mx.addObject().put("preference", entry.preference()).put("host", entry.host());
      }
    }
    strings(records, "spf", report.records().spf());
    strings(records, "dmarc", report.records().dmarc());
    ArrayNode findings = root.putArray("findings");
    for (Finding finding : report.findings()) {
      ObjectNode node = findings.addObject();
      node.put("code", finding.code().name());
      node.put("severity", finding.severity().id());
      node.put("message", text.message(finding));
      node.set("guide", guide(guides.guideFor(finding, report, language)));
    }
    ArrayNode list = root.putArray("guides");
    for (Guide guide : guides.guidesFor(report, language)) {
      list.add(guide(Optional.of(guide)));
    }
    root.set("customerReply", customerReply(reply));
    root.put("elapsedMs", report.elapsed().toMillis());
    root.set("changes", changes(report.changes()));
    return root;
  }

  /** The contract's object for refused input. */
  public ObjectNode refusal(String input, InputRefusal refusal, String lang) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("input", input);
    ObjectNode error = root.putObject("error");
    error.put("code", refusal.code());
    error.put("message", Messages.of(lang).get(refusal.messageKey(), refusal.params()));
    return root;
  }

  /** Several JSON objects: one object alone, or an array of them. */
  public String write(List<ObjectNode> nodes) {
    try {
      if (nodes.size() == 1) {
        return MAPPER.writeValueAsString(nodes.get(0));
      }
      ArrayNode array = MAPPER.createArrayNode();
      nodes.forEach(array::add);
      return MAPPER.writeValueAsString(array);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree always serialises", e);
    }
  }

  private static ObjectNode provider(ProviderRef ref, boolean withVariant) {
    if (ref == null) {
      return null;
    }
    ObjectNode node = MAPPER.createObjectNode().put("id", ref.id()).put("name", ref.name());
    if (withVariant) {
      node.put("variant", ref.variant());
    }
    return node;
  }

  private static ObjectNode customerReply(CustomerReply reply) {
    return reply == null
        ? null
        : MAPPER.createObjectNode().put("language", reply.language()).put("text", reply.text());
  }

  private static ObjectNode guide(Optional<Guide> guide) {
    return guide
        .map(
            g ->
                MAPPER
                    .createObjectNode()
                    .put("key", g.key())
                    .put("title", g.title())
                    .put("url", g.url()))
        .orElse(null);
  }

  /**
   * {@code {"since": ISO-8601, "items": [{"record": "mx", "before": [...], "after": [...]}]}}, MX
   * values shaped as in {@code records}; {@code null} when nothing was recorded before.
   */
  public static ObjectNode changes(Changes changes) {
    if (changes == null) {
      return null;
    }
    ObjectNode node = MAPPER.createObjectNode();
    node.put("since", changes.since().toString());
    ArrayNode items = node.putArray("items");
    for (Change change : changes.items()) {
      ObjectNode item = items.addObject();
      item.put("record", change.record());
      values(item.putArray("before"), change.record(), change.before());
      values(item.putArray("after"), change.record(), change.after());
    }
    return node;
  }

  private static void values(ArrayNode array, String record, List<String> values) {
    for (String value : values) {
      MxEntry mx = "mx".equals(record) ? SeenRecords.mx(value) : null;
      if (mx == null) {
        array.add(value);
      } else {
        array.addObject().put("preference", mx.preference()).put("host", mx.host());
      }
    }
  }

  /** {@code name}: the values, or {@code null} when the lookup was not answered. */
  private static void strings(ObjectNode parent, String name, List<String> values) {
    if (values == null) {
      parent.putNull(name);
    } else {
      values.forEach(parent.putArray(name)::add);
    }
  }
}
