package dev.mxbot.cli;

import dev.mxbot.config.BotConfig;
import dev.mxbot.config.ConfigLoader;
import dev.mxbot.config.EffectiveConfig;
import dev.mxbot.config.Secrets;
import dev.mxbot.configfile.ConfigException;
import dev.mxbot.configfile.Overrides;
import dev.mxbot.demo.DemoZones;
import dev.mxbot.guides.GuideCatalog;
import dev.mxbot.providers.ProviderCatalog;
import dev.mxbot.reply.CustomerReplies;
import dev.mxbot.serve.Serve;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Runs {@code mxbot config}. Everything is read first, with the loaders start-up uses ({@link
 * ConfigLoader} with every {@code MXBOT_} variable, the providers, the guides, the demo, every
 * secret's file), so that a mistake stops with start-up's own {@link ConfigException} and nothing
 * is printed; then one line per key, {@code key = value (origin)}, in a stable order. Secrets are
 * shown as {@code set (env)}, {@code set (file /path)} or {@code missing}: never a value, nor a
 * part of one. Connects nowhere.
 */
final class ConfigRun {

  private ConfigRun() {}

  /**
   * Validates {@code directory} and {@code environment}, then writes the report to {@code out}.
   *
   * @return 0
   * @throws ConfigException at the first mistake, as start-up would (exit 2)
   */
  static int run(Path directory, Map<String, String> environment, PrintWriter out) {
    ConfigLoader.Traced traced = new ConfigLoader(environment).loadTraced(directory);
    BotConfig config = traced.config();
    Path providersDir = directory.resolve("providers");
    ProviderCatalog providers = ProviderCatalog.load(providersDir);
    Path guidesFile = directory.resolve("guides.yaml");
    GuideCatalog guides = GuideCatalog.load(guidesFile, providers.home().id());
    Path repliesDir = directory.resolve("replies");
    if (Files.isDirectory(repliesDir)) {
      // serve reads them on the first reply=; config checks them now
      new CustomerReplies(repliesDir, providers, guides).validate();
    }
    Path demoDir = directory.resolve("demo");
    DemoZones demo = Files.isDirectory(demoDir) ? DemoZones.load(demoDir) : null;
    Secrets secrets = new Secrets(environment);
    List<String> secretLines = new ArrayList<>();
    for (String name : Secrets.NAMES) {
      secretLines.add(name + " = " + secrets.status(name));
    }
    List<String> platforms = Serve.ADAPTERS.plan(config, secrets);

    out.println("# " + traced.file() + " and the environment, as serve would use them");
    for (EffectiveConfig.Entry entry : EffectiveConfig.entries(config)) {
      out.println(
          entry.key() + " = " + entry.value() + "  (" + traced.origins().of(entry.key()) + ")");
    }
    for (String reserved : new TreeSet<>(Overrides.RESERVED)) {
      if (environment.containsKey(reserved)) {
        out.println(reserved + " = " + environment.get(reserved) + "  (environment, not a key)");
      }
    }
    out.println();
    out.println("# knowledge files");
    out.println(
        "providers = "
            + providers.all().size()
            + " providers, home "
            + providers.home().id()
            + "  ("
            + shown(providersDir)
            + ")");
    out.println(
        "guides = languages "
            + String.join(", ", guides.languages())
            + "  ("
            + shown(guidesFile)
            + ")");
    out.println(
        demo == null
            ? "demo = none: mxbot demo cannot run  (" + shown(demoDir) + ")"
            : "demo = " + demo.samples().size() + " sample domains  (" + shown(demoDir) + ")");
    out.println();
    out.println("# secrets (values never shown)");
    secretLines.forEach(out::println);
    out.println();
    out.println("# serve");
    if (platforms.isEmpty()) {
      out.println(
          "platforms = none ("
              + Serve.ADAPTERS.missing(secrets)
              + "): serve opens the console on a terminal, else exits 2");
    } else {
      out.println("platforms = " + String.join("; ", platforms));
    }
    out.println();
    out.println("configuration valid");
    out.flush();
    return 0;
  }

  private static String shown(Path path) {
    return path.toString().replace('\\', '/');
  }
}
