package dev.mxbot.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The HTML page escapes every value; its embedded JSON cannot close the script element. */
@DisplayName("audit HTML summary escaping")
class HtmlSummaryTest {

  private static final String HOSTILE = "</script><script>document.title='pwned'</script>";

  @TempDir Path dir;

  @Test
  @DisplayName("a hostile SPF record and input appear only escaped")
  void escaped() throws Exception {
    Path page = dir.resolve("audit.html");
    try (HtmlSummary summary = new HtmlSummary("en")) {
      summary.add(new Row(1, HOSTILE, "", Row.REFUSED, "", "INPUT_INVALID", "", "", ""));
      summary.add(
          new Row(2, "a.it", "a.it", "ok", "true", "MX_OK", "ovh", "ovh", "v=spf1 " + HOSTILE));
      summary.write(page);
      assertThat(summary.verdicts()).isEqualTo(Map.of("ok", 1L, "refused", 1L));
    }
    String html = Files.readString(page);
    assertThat(html).doesNotContain("<script>document").doesNotContain("'pwned'");
    assertThat(html).contains("&lt;/script&gt;&lt;script&gt;document.title=&#39;pwned&#39;");
    assertThat(html).doesNotContainPattern("(?i)<(link|img|iframe)|src=|href=");
  }

  @Test
  @DisplayName("embedded JSON escapes <, > and &")
  void embeddedJson() {
    assertThat(HtmlSummary.embeddedJson(Map.of("k", HOSTILE + "&")))
        .doesNotContain("<")
        .doesNotContain(">")
        .doesNotContain("&")
        .contains("\\u003c/script\\u003e");
  }
}
