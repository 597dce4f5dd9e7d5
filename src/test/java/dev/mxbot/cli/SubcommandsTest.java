package dev.mxbot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The subcommands picocli builds: only the one a command line starts with, all of them otherwise;
 * either way every command is reachable and listed under the name of its {@code @Command}.
 */
@DisplayName("subcommands are built when run")
class SubcommandsTest {

  @Test
  @DisplayName("each name is its command's @Command name")
  void namesMatch() {
    for (Map.Entry<String, Class<?>> entry : Subcommands.all().entrySet()) {
      assertThat(entry.getValue().getAnnotation(Command.class).name())
          .as(entry.getValue().getName())
          .isEqualTo(entry.getKey());
    }
  }

  @Test
  @DisplayName("'mxbot check …' builds check only; 'mxbot --help' and 'mxbot help' build them all")
  void onlyWhatRuns() {
    assertThat(subcommands("check", "example.com")).containsOnlyKeys("check");
    assertThat(subcommands("--help")).containsOnlyKeys(Subcommands.all().keySet());
    assertThat(subcommands("help", "check")).containsOnlyKeys(Subcommands.all().keySet());
    assertThat(subcommands()).containsOnlyKeys(Subcommands.all().keySet());
    assertThat(subcommands("--config", "check", "check"))
        .containsOnlyKeys(Subcommands.all().keySet());
  }

  @Test
  @DisplayName("'mxbot --help' lists every subcommand")
  void helpListsAll() {
    StringWriter out = new StringWriter();
    int code =
        Main.run(
            new String[] {"--help"},
            new BufferedReader(new StringReader("")),
            new PrintWriter(out, true),
            new PrintWriter(new StringWriter(), true));

    assertThat(code).isZero();
    for (String name : Subcommands.all().keySet()) {
      assertThat(out.toString()).containsPattern("(?m)^\\s+" + name + "\\b");
    }
  }

  private static Map<String, CommandLine> subcommands(String... args) {
    Terminal terminal =
        new Terminal(new BufferedReader(new StringReader("")), new PrintWriter(new StringWriter()));
    CommandLine commandLine = new CommandLine(new Main(terminal), terminal.factory());
    Subcommands.addTo(commandLine, args);
    return commandLine.getSubcommands();
  }
}
