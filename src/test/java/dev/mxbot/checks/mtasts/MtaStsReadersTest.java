package dev.mxbot.checks.mtasts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The MTA-STS TXT record and policy readers, and §4.1 matching, row by row. */
@DisplayName("MTA-STS readers: TXT record, policy file, mx patterns")
class MtaStsReadersTest {

  @ParameterizedTest(name = "{0} matches {1}: {2}")
  @DisplayName("a *. pattern matches exactly one left-most label (RFC 8461 §4.1)")
  @CsvSource({
    "mx1.example.com, mx1.example.com., true",
    "MX1.Example.com, mx1.example.COM, true",
    "*.example.com, mail.example.com, true",
    "*.example.com, mail.example.com., true",
    "*.example.com, example.com, false",
    "*.example.com, a.b.example.com, false",
    "*.example.com, mailexample.com, false",
    "mx1.example.com, mx2.example.com, false"
  })
  void matching(String pattern, String host, boolean expected) {
    assertThat(MtaStsPolicy.matches(pattern, host)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @DisplayName("TXT records: v=STSv1 first, one id of 1-32 letters or digits, extensions allowed")
  @CsvSource(
      delimiter = '|',
      value = {
        "v=STSv1; id=20160831085700Z; | 20160831085700Z",
        "v=STSv1;id=abc | abc",
        "v=STSv1; id=abc; ext=yes | abc",
        "v=STSv1 | ",
        "v=STSv1; id= | ",
        "v=STSv1; id=a-b | ",
        "v=STSv1; id=123456789012345678901234567890123 | ",
        "id=abc; v=STSv1 | ",
        "v=STSv1; id=a; id=b | ",
        "v=stsv1; id=abc | "
      })
  void records(String text, String id) {
    if (id == null) {
      MtaStsProblem problem =
          catchThrowableOfType(MtaStsProblem.class, () -> MtaStsRecord.parse(text));
      assertThat(problem).as(text).isNotNull();
      assertThat(problem.reason()).isEqualTo("txt_syntax");
    } else {
      assertThat(catchThrowableOfType(MtaStsProblem.class, () -> MtaStsRecord.parse(text)))
          .isNull();
    }
  }

  @ParameterizedTest(name = "{0} → {1}")
  @DisplayName("policies are read strictly; each problem names the field")
  @CsvSource(
      delimiter = '|',
      value = {
        "version: STSv1\\nmode: enforce\\nmx: mail.example.com\\nmax_age: 86400\\n | ok",
        "version: STSv1\\r\\nmode: testing\\r\\nmx: *.example.com\\r\\nmax_age: 604800 | ok",
        "version: STSv1\\nmode: none\\nmax_age: 86400 | ok",
        "version: STSv1\\nmode: enforce\\nmx: a.example\\nmax_age: 1\\nfuture_field: some value | ok",
        "version: STSv2\\nmode: enforce\\nmx: a.example\\nmax_age: 1 | policy_version",
        "mode: enforce\\nmx: a.example\\nmax_age: 1 | policy_version",
        "version: STSv1\\nmode: Enforce\\nmx: a.example\\nmax_age: 1 | policy_mode",
        "version: STSv1\\nmode: enforce\\nmx: a.example\\nmax_age: -1 | policy_max_age",
        "version: STSv1\\nmode: enforce\\nmx: a.example\\nmax_age: 31557601 | policy_max_age",
        "version: STSv1\\nmode: enforce\\nmax_age: 86400 | policy_mx",
        "version: STSv1\\nmode: enforce\\nmx: *.*.example\\nmax_age: 86400 | policy_mx_pattern",
        "version: STSv1\\nmode: enforce\\nmx: mail example\\nmax_age: 86400 | policy_mx_pattern",
        "version: STSv1\\nmode: enforce\\nmode: testing\\nmx: a.example\\nmax_age: 1 | policy_duplicate",
        "version: STSv1\\n\\nmode: enforce\\nmx: a.example\\nmax_age: 1 | policy_line",
        "<html>version: STSv1</html> | policy_line"
      })
  void policies(String escaped, String expected) {
    String body = escaped.replace("\\r", "\r").replace("\\n", "\n");
    MtaStsProblem problem =
        catchThrowableOfType(MtaStsProblem.class, () -> MtaStsPolicy.parse(body));
    if (expected.equals("ok")) {
      assertThat(problem).as(body).isNull();
    } else {
      assertThat(problem).as(body).isNotNull();
      assertThat(problem.reason()).as(body).isEqualTo(expected);
    }
  }
}
