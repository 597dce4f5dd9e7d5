package dev.mxbot.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** CSV cells: RFC 4180 quoting and CSV-injection neutralising. */
@DisplayName("audit CSV cells")
class CsvTest {

  @Test
  @DisplayName("cells that a spreadsheet would run as a formula get a leading quote")
  void neutralised() {
    assertThat(Csv.cell("=1+1")).isEqualTo("'=1+1");
    assertThat(Csv.cell("+1")).isEqualTo("'+1");
    assertThat(Csv.cell("-1")).isEqualTo("'-1");
    assertThat(Csv.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
    assertThat(Csv.cell("\tx")).isEqualTo("'\tx");
    assertThat(Csv.cell("\rx")).isEqualTo("\"'\rx\"");
    assertThat(Csv.cell("a-b.it")).isEqualTo("a-b.it");
  }

  @Test
  @DisplayName("commas, quotes and line breaks are quoted, quotes doubled; parse undoes it")
  void quoted() {
    assertThat(Csv.cell("a,b")).isEqualTo("\"a,b\"");
    assertThat(Csv.cell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
    Row row = new Row(7, "x,\"y\"", "d.it", "ok", "true", "A B", "", "", "");
    assertThat(Csv.parse(Csv.line(row)))
        .containsExactly("7", "x,\"y\"", "d.it", "ok", "true", "A B", "", "");
    assertThat(Csv.parse("1,\"open")).isNull();
  }
}
