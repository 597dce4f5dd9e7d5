package dev.mxbot.audit;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * What an audit shows of one result: a CSV row, a row of the HTML table. Built from the JSON of a
 * report or a refusal (so rows read back from an earlier run's output are the same).
 *
 * @param line the input line number
 * @param input the input as given
 * @param domain the domain checked (ASCII); empty for a refused line
 * @param verdict the report's verdict id, or {@value #REFUSED} for a refused line
 * @param complete {@code true}/{@code false}; empty for a refused line
 * @param codes the finding codes (or the refusal's code), space-separated
 * @param mailProvider the mail provider's id, empty when none
 * @param dnsHost the DNS host's id, empty when none
 * @param spf the SPF records, as published (DNS data: hostile), empty when none or unknown
 */
public record Row(
    int line,
    String input,
    String domain,
    String verdict,
    String complete,
    String codes,
    String mailProvider,
    String dnsHost,
    String spf) {

  /** The verdict column of a line whose input was refused. */
  public static final String REFUSED = "refused";

  /** The row of a JSON line (a report or a refusal, with its {@code line}). */
  public static Row of(JsonNode json) {
    int line = json.path("line").asInt();
    String input = json.path("input").asText("");
    JsonNode error = json.get("error");
    if (error != null && !error.isNull()) {
      return new Row(line, input, "", REFUSED, "", error.path("code").asText(""), "", "", "");
    }
    List<String> codes = new ArrayList<>();
    json.path("findings").forEach(f -> codes.add(f.path("code").asText()));
    List<String> spf = new ArrayList<>();
    json.path("records").path("spf").forEach(r -> spf.add(r.asText()));
    return new Row(
        line,
        input,
        json.path("domain").asText(""),
        json.path("verdict").asText(""),
        json.path("complete").asText(""),
        String.join(" ", codes),
        json.path("mailProvider").path("id").asText(""),
        json.path("dnsHost").path("id").asText(""),
        String.join(" | ", spf));
  }

  /** Whether this line's input was refused (not checked). */
  public boolean refused() {
    return REFUSED.equals(verdict);
  }
}
