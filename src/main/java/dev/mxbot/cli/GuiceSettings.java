package dev.mxbot.cli;

/**
 * The JVM-wide Guice settings mxbot runs with, applied once by the entry point before Guice's first
 * class loads (Guice reads them in a static initialiser).
 *
 * <p>Guice generates a "fast class" with ASM for every constructor it calls and for every {@code
 * Provides} method: about a hundred classes built, defined and verified at each start, a sixth of a
 * cold {@code check}, and classes no class-data-sharing archive or AOT cache can hold. mxbot uses
 * no method interception (no {@code bindInterceptor}), so it turns the generation off and Guice
 * calls constructors by reflection instead ({@code -Dguice_bytecode_gen_option=ENABLED} on the
 * command line still wins).
 */
final class GuiceSettings {

  /** Guice's system property for run-time bytecode generation. */
  static final String BYTECODE_GEN = "guice_bytecode_gen_option";

  private GuiceSettings() {}

  /** Turns Guice's bytecode generation off unless the command line set the property. */
  static void apply() {
    if (System.getProperty(BYTECODE_GEN) == null) {
      System.setProperty(BYTECODE_GEN, "DISABLED");
    }
  }
}
