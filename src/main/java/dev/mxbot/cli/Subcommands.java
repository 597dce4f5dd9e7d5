package dev.mxbot.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine;

/**
 * Every subcommand of {@code mxbot}, by name, in the order {@code mxbot --help} lists them.
 *
 * <p>picocli builds a command's model by reflection when the command is added, which for all of
 * them is a tenth of a cold {@code check}. So a command line that starts with a subcommand's name
 * ({@code mxbot check …}, the way scripts run it) gets that subcommand only; any other ({@code
 * mxbot}, {@code mxbot --help}, {@code mxbot help check}, options before the name) gets them all,
 * as before. Adding a subcommand is one line in {@link #BY_NAME}; the name must be the one of its
 * {@code @Command}, or of its model for a {@link CodedCommand} ({@code SubcommandsTest} checks).
 * The {@link CommonOptions} are added to each command that {@link TakesCommonOptions}. A subcommand
 * still listed in {@link Main}'s {@code @Command(subcommands = …)} works too: it is then simply
 * always built.
 */
final class Subcommands {

  private static final Map<String, Class<?>> BY_NAME = new LinkedHashMap<>();

  static {
    BY_NAME.put("serve", ServeCommand.class);
    BY_NAME.put("check", CheckCommand.class);
    BY_NAME.put("console", ConsoleCommand.class);
    BY_NAME.put("demo", DemoCommand.class);
    BY_NAME.put("config", ConfigCommand.class);
    BY_NAME.put("audit", AuditCommand.class);
    BY_NAME.put("history", HistoryCommand.class);
    BY_NAME.put("help", CommandLine.HelpCommand.class);
  }

  private Subcommands() {}

  /** The subcommands by name, in help order. */
  static Map<String, Class<?>> all() {
    return java.util.Collections.unmodifiableMap(BY_NAME);
  }

  /**
   * Adds to {@code commandLine} the subcommand {@code args} starts with, or every subcommand when
   * they start with anything else; a name already there (from the annotation) is kept as it is.
   */
  static void addTo(CommandLine commandLine, String[] args) {
    Class<?> first = args.length == 0 ? null : BY_NAME.get(args[0]);
    if (first != null && !args[0].equals("help")) {
      add(commandLine, args[0], first);
      return;
    }
    BY_NAME.forEach((name, type) -> add(commandLine, name, type));
  }

  private static void add(CommandLine commandLine, String name, Class<?> type) {
    if (commandLine.getSubcommands().containsKey(name)) {
      return;
    }
    if (CodedCommand.class.isAssignableFrom(type)) {
      CodedCommand command = (CodedCommand) create(commandLine.getFactory(), type);
      commandLine.addSubcommand(name, new CommandLine(command.spec(), commandLine.getFactory()));
    } else {
      commandLine.addSubcommand(name, type);
      TakesCommonOptions.addCommonOptions(commandLine.getSubcommands().get(name));
    }
  }

  private static Object create(CommandLine.IFactory factory, Class<?> type) {
    try {
      return factory.create(type);
    } catch (Exception e) {
      throw new CommandLine.InitializationException("cannot create " + type.getName(), e);
    }
  }
}
