package dev.mxbot.cli;

import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParseResult;

/**
 * A command that takes the {@link CommonOptions}. For a command with annotations they are added to
 * its model as the mixin {@code common} once picocli has built it ({@link #addCommonOptions}),
 * since they are written in code, not as annotations. {@code mxbot} itself takes them too, so they
 * may come before the command's name ({@code mxbot --config /etc/mxbot check example.it}): {@link
 * #beforeTheCommand} hands them to the command, and refuses them for a command that does not take
 * them, rather than let them be ignored.
 */
abstract class TakesCommonOptions {

  /** What the command line gave for the common options. */
  CommonOptions common = new CommonOptions();

  /**
   * Adds the common options to {@code commandLine}'s command, and to its subcommands', where the
   * command is one that takes them and does not have them yet.
   */
  static void addCommonOptions(CommandLine commandLine) {
    if (commandLine.getCommand() instanceof TakesCommonOptions command
        && !commandLine.getCommandSpec().mixins().containsKey("common")) {
      commandLine.getCommandSpec().addMixin("common", command.common.spec());
    }
    for (CommandLine sub : commandLine.getSubcommands().values()) {
      addCommonOptions(sub);
    }
  }

  /**
   * picocli's execution strategy for {@code mxbot}: the common options given before the command's
   * name apply to the command (those given after it win), then the command runs as picocli's {@code
   * RunLast} runs it. A command that does not take them gets a usage error, exit 2.
   */
  static int beforeTheCommand(ParseResult root) {
    ParseResult command = root;
    while (command.hasSubcommand()) {
      command = command.subcommand();
    }
    List<String> given =
        root.matchedOptions().stream()
            .filter(o -> !o.usageHelp() && !o.versionHelp())
            .map(OptionSpec::longestName)
            .toList();
    if (command != root && !given.isEmpty()) {
      Object leaf = command.commandSpec().userObject();
      Object top = root.commandSpec().userObject();
      if (!(leaf instanceof TakesCommonOptions takes)
          || !(top instanceof TakesCommonOptions main)) {
        throw new CommandLine.ParameterException(
            command.commandSpec().commandLine(),
            String.join(", ", given)
                + " before '"
                + command.commandSpec().name()
                + "' would be ignored: write options after the command's name ("
                + command.commandSpec().qualifiedName()
                + " "
                + String.join(" ", given)
                + " …)");
      }
      List<String> own = command.matchedOptions().stream().map(OptionSpec::longestName).toList();
      takes.common.takeFrom(main.common, given.stream().filter(n -> !own.contains(n)).toList());
    }
    return new CommandLine.RunLast().execute(root);
  }
}
