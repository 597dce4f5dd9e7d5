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
  @DisplayName("each name is its command's @Command name, or its model's for a command in code")
  void namesMatch() {
    for (Map.Entry<String, Class<?>> entry : Subcommands.all().entrySet()) {
      Command annotation = entry.getValue().getAnnotation(Command.class);
      String name =
          annotation != null
              ? annotation.name()
              : subcommands(entry.getKey()).get(entry.getKey()).getCommandName();
      assertThat(name).as(entry.getValue().getName()).isEqualTo(entry.getKey());
    }
  }

  @Test
  @DisplayName("check and mxbot itself are written in code: no annotation to read on a check")
  void checkPathInCode() {
    assertThat(CheckCommand.class.getAnnotation(Command.class)).isNull();
    assertThat(Main.class.getAnnotation(Command.class)).isNull();
    assertThat(CodedCommand.class).isAssignableFrom(CheckCommand.class);
  }

  @Test
  @DisplayName("every command that takes the common options has them, --config among them")
  void commonOptionsEverywhere() {
    Map<String, CommandLine> all = subcommands("--help");
    for (String name : Subcommands.all().keySet()) {
      CommandLine command = all.get(name);
      boolean takes =
          command.getCommand() instanceof TakesCommonOptions
              || command.getCommand() instanceof CheckCommand;
      assertThat(command.getCommandSpec().findOption("--config") != null)
          .as(name)
          .isEqualTo(takes || name.equals("config"));
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
    CommandLine commandLine = new CommandLine(new Main(terminal).spec(), terminal.factory());
    Subcommands.addTo(commandLine, args);
    return commandLine.getSubcommands();
  }
}
