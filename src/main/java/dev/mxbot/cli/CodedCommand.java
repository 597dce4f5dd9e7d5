package dev.mxbot.cli;

import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * A command whose picocli model is written in code rather than read from annotations: the commands
 * a one-shot {@code check} runs ({@code mxbot} itself and {@code check}). picocli reads annotations
 * by reflection, and each annotation type read costs the JVM a generated proxy class; together that
 * was a sixth of a cold check. The model must give the same help, synopsis and errors as the
 * annotations did ({@code HelpAndVersionTest} compares them with what the annotations gave).
 */
interface CodedCommand {

  /**
   * A model for {@code command}, its user object, read for nothing (and without picocli's default
   * factory, see {@link PlainFactory}).
   */
  static CommandSpec specOf(Object command) {
    return CommandSpec.wrapWithoutInspection(command, PlainFactory.INSTANCE);
  }

  /** This command's model, bound to this object's fields. */
  CommandSpec spec();

  /**
   * {@code -h, --help} and {@code -V, --version}, as picocli's {@code mixinStandardHelpOptions}
   * adds them (which builds them from annotations).
   */
  static void addStandardHelp(CommandSpec spec) {
    for (OptionSpec option :
        List.of(
            OptionSpec.builder("-h", "--help")
                .usageHelp(true)
                .description("Show this help message and exit.")
                .build(),
            OptionSpec.builder("-V", "--version")
                .versionHelp(true)
                .description("Print version information and exit.")
                .build())) {
      spec.addOption(option);
    }
  }
}
