package dev.mxbot.cli;

import picocli.CommandLine;

/**
 * A command with annotations that takes the {@link CommonOptions}: they are added to its model as
 * the mixin {@code common} once picocli has built it ({@link #addCommonOptions}), since they are
 * written in code, not as annotations.
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
}
