package dev.mxbot.cli;

import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
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
    List<OptionSpec> given =
        root.matchedOptions().stream().filter(o -> !o.usageHelp() && !o.versionHelp()).toList();
    if (command != root && !given.isEmpty()) {
      CommandSpec leaf = command.commandSpec();
      if (!(leaf.userObject() instanceof TakesCommonOptions)) {
        String names = String.join(" ", given.stream().map(OptionSpec::longestName).toList());
        throw new CommandLine.ParameterException(
            leaf.commandLine(),
            names.replace(" ", ", ")
                + " before '"
                + leaf.name()
                + "' would be ignored: write options after the command's name ("
                + leaf.qualifiedName()
                + " "
                + names
                + " …)");
      }
      for (OptionSpec option : given) {
        OptionSpec own = leaf.findOption(option.longestName());
        if (!command.hasMatchedOption(own)) {
          own.setValue(option.getValue());
        }
      }
    }
    return new CommandLine.RunLast().execute(root);
  }
}
