package dev.mxbot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mxbot.ops.BuildInfo;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A new user's first steps: every command explains itself, and says which version it is. */
@DisplayName("help and version on every command")
class HelpAndVersionTest {

  private record Run(int code, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        Main.run(
            args,
            new BufferedReader(new StringReader("")),
            new PrintWriter(out, true),
            new PrintWriter(err, true));
    return new Run(code, out.toString(), err.toString());
  }

  @ParameterizedTest(name = "mxbot {0}")
  @DisplayName(
      "the help and errors of mxbot and check, whose models are written in code, are the ones the"
          + " annotations gave")
  @CsvSource({
    "--help, 0, mxbot-help.txt, ''",
    "check --help, 0, check-help.txt, ''",
    "check --bogus example.it, 2, '', check-unknown-option.txt"
  })
  void sameAsAnnotations(String line, int code, String out, String err) throws Exception {
    Run run = run(line.split(" "));

    assertThat(run.code()).isEqualTo(code);
    assertThat(run.out()).isEqualTo(golden(out));
    assertThat(run.err()).isEqualTo(golden(err));
  }

  private static String golden(String file) throws java.io.IOException {
    return file.isEmpty()
        ? ""
        : java.nio.file.Files.readString(
            java.nio.file.Path.of("src/test/resources/golden/cli", file));
  }

  @Test
  @DisplayName(
      "options before the command's name apply to it (those after it win); a command that does"
          + " not take them refuses them instead of ignoring them")
  void optionsBeforeTheCommand() {
    assertThat(run("--locale", "fr", "check", "localhost").out())
        .startsWith("Je ne peux pas vérifier cela");
    assertThat(run("--locale", "fr", "check", "--locale", "de", "localhost").out())
        .startsWith("Das kann ich nicht prüfen");

    Run refused = run("--config", "/etc/mxbot", "config");
    assertThat(refused.code()).isEqualTo(2);
    assertThat(refused.err())
        .startsWith(
            "--config before 'config' would be ignored: write options after the command's name"
                + " (mxbot config --config …)");
  }

  @ParameterizedTest(name = "mxbot {0} {1}")
  @DisplayName("--help, -h and 'mxbot help <command>' print the command's usage and exit 0")
  @CsvSource({
    "check, --help",
    "check, -h",
    "serve, --help",
    "console, -h",
    "demo, --help",
    "demo, -h",
    "help, check",
    "help, demo",
    "config, --help"
  })
  void help(String first, String second) {
    Run run = run(first, second);

    String command = first.equals("help") ? second : first;
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.out()).startsWith("Usage: mxbot " + command);
    assertThat(run.err()).isEmpty();
  }

  @Test
  @DisplayName("--version on mxbot and on a command names the pom's version")
  void version() throws Exception {
    Matcher pom =
        Pattern.compile("<artifactId>mxbot</artifactId>\\s*<version>([^<]+)</version>")
            .matcher(Files.readString(Path.of("pom.xml")));
    assertThat(pom.find()).isTrue();

    assertThat(BuildInfo.version()).isEqualTo(pom.group(1));
    assertThat(run("--version").out().strip()).isEqualTo("mxbot " + pom.group(1));
    assertThat(run("check", "-V").out().strip()).isEqualTo("mxbot " + pom.group(1));
  }
}
