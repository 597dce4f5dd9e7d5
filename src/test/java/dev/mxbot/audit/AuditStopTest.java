package dev.mxbot.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ctrl-C (the stop hook) in the middle of an audit: reading stops, the lines in flight finish and
 * are written whole, and a resumed run checks the rest, each line exactly once. An honest fake
 * checker stands for the diagnosis.
 */
@DisplayName("audit stop and resume")
class AuditStopTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  /** Answers every input with a small report and counts how often each input was checked. */
  private static final class CountingChecker implements Checker {
    final ConcurrentHashMap<String, Integer> checked = new ConcurrentHashMap<>();
    final AtomicReference<Audit> stopAt = new AtomicReference<>();
    final String stopInput;

    CountingChecker(String stopInput) {
      this.stopInput = stopInput;
    }

    @Override
    public List<ObjectNode> check(String input) {
      checked.merge(input, 1, Integer::sum);
      if (input.equals(stopInput) && stopAt.get() != null) {
        stopAt.get().stop(); // Ctrl-C while this line is in flight
      }
      ObjectNode report = JSON.createObjectNode();
      report.put("input", input).put("domain", input).put("verdict", "ok").put("complete", true);
      report.putArray("findings").addObject().put("code", "MX_OK");
      return List.of(report);
    }
  }

  private String lines(int count) {
    StringBuilder text = new StringBuilder();
    for (int i = 1; i <= count; i++) {
      text.append("d").append(i).append(".it\n");
    }
    return text.toString();
  }

  private Audit.End run(Audit audit, String input, Path out, Resume resume) throws Exception {
    StringWriter err = new StringWriter();
    try (Writer writer =
            Files.newBufferedWriter(
                out, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        Sink sink = new Sink(writer, OutputFormat.JSON_LINES, false, true)) {
      return audit.run(
          new InputLines(new BufferedReader(new StringReader(input))),
          resume,
          sink,
          row -> {},
          new Progress(OptionalLong.empty(), System.nanoTime()),
          new PlainProgress(
              new Progress(OptionalLong.empty(), System.nanoTime()),
              new PrintWriter(err),
              Duration.ofHours(1)));
    }
  }

  private static List<Integer> writtenLines(Path out) throws Exception {
    List<Integer> numbers = new ArrayList<>();
    for (String line : Files.readAllLines(out, StandardCharsets.UTF_8)) {
      JsonNode json = JSON.readTree(line); // every line whole: parses
      numbers.add(json.get("line").asInt());
    }
    return numbers;
  }

  @Test
  @DisplayName("stopped at line 5 of 40: whole lines written up to it, then resume does the rest")
  void stopThenResume() throws Exception {
    Path out = dir.resolve("out.jsonl");
    CountingChecker checker = new CountingChecker("d5.it");
    Audit audit =
        new Audit(checker, 1, Duration.ofSeconds(30), new PrintWriter(new StringWriter()));
    checker.stopAt.set(audit);

    Audit.End end = run(audit, lines(40), out, Resume.none());

    assertThat(end).isEqualTo(Audit.End.STOPPED);
    List<Integer> first = writtenLines(out);
    assertThat(first).contains(5).hasSizeLessThan(40).doesNotHaveDuplicates();
    assertThat(checker.checked.keySet()).hasSize(first.size());

    CountingChecker rest = new CountingChecker("none");
    Audit resumed = new Audit(rest, 3, Duration.ofSeconds(30), new PrintWriter(new StringWriter()));
    Resume done = Resume.read(out, OutputFormat.JSON_LINES, row -> {});
    assertThat(done.count()).isEqualTo(first.size());

    assertThat(run(resumed, lines(40), out, done)).isEqualTo(Audit.End.FINISHED);

    List<Integer> all = writtenLines(out);
    assertThat(all).hasSize(40).doesNotHaveDuplicates();
    assertThat(rest.checked.keySet()).hasSize(40 - first.size()).doesNotContain("d5.it");
    rest.checked.values().forEach(count -> assertThat(count).isEqualTo(1));
  }

  @Test
  @DisplayName("a line that could not be checked is not written (resume tries it again)")
  void notCheckedIsNotWritten() throws Exception {
    Path out = dir.resolve("out.jsonl");
    Checker failing =
        input -> {
          if (input.equals("d2.it")) {
            throw new Checker.NotChecked("busy");
          }
          return new CountingChecker("none").check(input);
        };
    StringWriter err = new StringWriter();
    Audit audit = new Audit(failing, 2, Duration.ofSeconds(30), new PrintWriter(err, true));

    assertThat(run(audit, lines(3), out, Resume.none())).isEqualTo(Audit.End.FINISHED);

    assertThat(writtenLines(out)).containsExactlyInAnyOrder(1, 3);
    assertThat(err.toString()).contains("line 2 not checked: busy");
  }

  @Test
  @DisplayName("a torn CSV line is cut; the header and whole rows are kept")
  void tornCsv() throws Exception {
    Path out = dir.resolve("out.csv");
    Files.writeString(
        out, Csv.HEADER + "\n1,a.it,a.it,ok,true,MX_OK,ovh,ovh\n2,\"b.it", StandardCharsets.UTF_8);
    List<Row> rows = new ArrayList<>();

    Resume resume = Resume.read(out, OutputFormat.CSV, rows::add);

    assertThat(resume.done(1)).isTrue();
    assertThat(resume.done(2)).isFalse();
    assertThat(resume.tornLineDropped()).isTrue();
    assertThat(resume.empty()).isFalse();
    assertThat(rows).extracting(Row::domain).containsExactly("a.it");
    assertThat(Files.readString(out)).endsWith("ovh,ovh\n");
  }
}
