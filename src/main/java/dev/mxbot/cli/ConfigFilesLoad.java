package dev.mxbot.cli;

import dev.mxbot.config.BotConfig;
import dev.mxbot.config.ConfigLoader;
import dev.mxbot.guides.GuideCatalog;
import dev.mxbot.providers.ProviderCatalog;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * The files of a configuration directory, read in parallel: {@code mxbot.yaml} and the knowledge
 * files ({@code providers/*.yaml}, {@code guides.yaml}). On a cold start each is tens of
 * milliseconds of interpreted YAML parsing, and they do not depend on each other.
 *
 * <p>The outcome is the sequential one: {@link #config} and {@link #knowledge} return what the
 * readers return or throw the reader's own exception (a {@code ConfigException} for a bad file),
 * and the caller asks for the configuration first, so its error is the one reported when both are
 * wrong. The knowledge thread reads the providers first and makes them available at once ({@link
 * #providers}): a check's diagnosis needs them, while the guides ({@link #guides}) are read.
 *
 * <p>A short-lived command may start the reading before its command line is parsed ({@link
 * #prefetch}), from the directory the arguments name; {@link #of} then takes it when the parsed
 * {@code --config} names the same directory, and reads afresh otherwise, so a wrong guess costs
 * only the work. The files are read from the path as given; the directory only decides whether a
 * prefetch is taken.
 */
final class ConfigFilesLoad {

  /** The two catalogs of one configuration directory. */
  record Knowledge(ProviderCatalog providers, GuideCatalog guides) {}

  /** The reading started before the command line was parsed, until a command takes it. */
  private static ConfigFilesLoad prefetched;

  private final Path directory;
  private final FutureTask<BotConfig> config;
  private final FutureTask<ProviderCatalog> providers;
  private final FutureTask<GuideCatalog> guides;

  /** The knowledge files' reading: the providers, then the guides, on one thread. */
  private final Runnable knowledge;

  private ConfigFilesLoad(Path directory) {
    this.directory = key(directory);
    this.config = new FutureTask<>(() -> new ConfigLoader().load(directory));
    this.providers = new FutureTask<>(() -> readProviders(directory));
    this.guides = new FutureTask<>(() -> readGuides(directory, outcome(providers).home().id()));
    this.knowledge =
        () -> {
          providers.run();
          guides.run();
        };
  }

  /**
   * Starts reading the configuration directory that {@code args} name, when they run {@code check}:
   * {@code --config DIR} or {@code --config=DIR}, else the default {@code bot-config}.
   */
  static synchronized void prefetch(String[] args) {
    if (args.length == 0 || !args[0].equals("check")) {
      return;
    }
    ConfigFilesLoad load = new ConfigFilesLoad(configDirectory(args));
    inBackground(load.knowledge, "mxbot-knowledge");
    inBackground(load.config, "mxbot-config");
    prefetched = load;
  }

  /**
   * The reading of {@code directory}: the prefetched one when it is of this directory, else a new
   * one whose knowledge files are read on a thread of their own while {@link #config} reads {@code
   * mxbot.yaml} on the caller's.
   */
  static ConfigFilesLoad of(Path directory) {
    synchronized (ConfigFilesLoad.class) {
      if (prefetched != null && prefetched.directory.equals(key(directory))) {
        ConfigFilesLoad taken = prefetched;
        prefetched = null;
        return taken;
      }
    }
    ConfigFilesLoad load = new ConfigFilesLoad(directory);
    inBackground(load.knowledge, "mxbot-knowledge");
    return load;
  }

  /** Whether a prefetch of {@code directory} waits to be taken (for tests). */
  static synchronized boolean prefetched(Path directory) {
    return prefetched != null && prefetched.directory.equals(key(directory));
  }

  /** The directory {@code --config} names in {@code args}, else the default. */
  static Path configDirectory(String[] args) {
    Path directory = new CommonOptions().config;
    List<String> list = List.of(args);
    for (int i = 1; i < list.size(); i++) {
      String arg = list.get(i);
      if (arg.equals("--")) {
        break;
      }
      if (arg.equals("--config") && i + 1 < list.size()) {
        directory = Path.of(list.get(++i));
      } else if (arg.startsWith("--config=")) {
        directory = Path.of(arg.substring("--config=".length()));
      }
    }
    return directory;
  }

  /** One directory, however it was written ({@code bot-config}, {@code ./bot-config}). */
  private static Path key(Path directory) {
    return directory.toAbsolutePath().normalize();
  }

  /** {@code mxbot.yaml} with the environment's overrides. */
  BotConfig config() {
    config.run(); // on this thread, unless a prefetch has already run or is running it
    return outcome(config);
  }

  /** The provider and guide catalogs. */
  Knowledge knowledge() {
    return new Knowledge(providers(), guides());
  }

  /**
   * The provider catalog, which the diagnosis needs, as soon as it is read: the guides, which only
   * the report's rendering needs, are read after it ({@link #guides}).
   */
  ProviderCatalog providers() {
    return outcome(providers);
  }

  /** The guide catalog (the provider catalog's error first, when that file is the bad one). */
  GuideCatalog guides() {
    return outcome(guides);
  }

  private static ProviderCatalog readProviders(Path directory) {
    return ProviderCatalog.load(directory.resolve("providers"));
  }

  private static GuideCatalog readGuides(Path directory, String homeProviderId) {
    return GuideCatalog.load(directory.resolve("guides.yaml"), homeProviderId);
  }

  private static void inBackground(Runnable task, String name) {
    Thread thread = new Thread(task, name);
    thread.setDaemon(true);
    thread.start();
  }

  /** What {@code task} returned, or what it threw, as itself. */
  private static <T> T outcome(FutureTask<T> task) {
    boolean interrupted = false;
    try {
      while (true) {
        try {
          return task.get();
        } catch (InterruptedException e) {
          interrupted = true; // finish the reading: it is short and bounded
        } catch (ExecutionException e) {
          Throwable cause = e.getCause();
          if (cause instanceof RuntimeException runtime) {
            throw runtime;
          }
          if (cause instanceof Error error) {
            throw error;
          }
          throw new IllegalStateException(cause);
        }
      }
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
