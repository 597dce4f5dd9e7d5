package dev.mxbot.cli;

import dev.mxbot.config.BotConfig;
import dev.mxbot.config.ConfigValues;
import dev.mxbot.configfile.ConfigException;
import dev.mxbot.i18n.Messages;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Options every subcommand takes: where the configuration is and what to override in it. Written as
 * a picocli model in code ({@link #spec}), added to every command as the mixin {@code common}: no
 * annotation to read on the way to a one-shot check (see {@link CodedCommand}).
 */
public final class CommonOptions {

  public Path config = Path.of("bot-config");

  List<String> resolvers = new ArrayList<>();

  Integer authoritativePort;

  boolean allowPrivateAddresses;

  String locale;

  Double timeoutSeconds;

  /** These options as a picocli mixin bound to this object's fields. */
  CommandSpec spec() {
    CommandSpec mixin = CodedCommand.specOf(this);
    mixin.addOption(
        new OptionBinding<Path>(() -> config, v -> config = v)
            .option("--config", Path.class)
            .paramLabel("DIR")
            .description("Configuration directory (default: ./bot-config).")
            .build());
    mixin.addOption(
        new OptionBinding<List<String>>(() -> resolvers, v -> resolvers = v)
            .repeatable("--resolver")
            .paramLabel("HOST[:PORT]")
            .description(
                "Recursive resolver to use; repeatable (default: from the configuration, else the"
                    + " system's).")
            .build());
    mixin.addOption(
        new OptionBinding<Integer>(() -> authoritativePort, v -> authoritativePort = v)
            .option("--authoritative-port", Integer.class)
            .paramLabel("PORT")
            .description(
                "Port used to query nameservers directly (default: dns.authoritativePort, 53).")
            .build());
    mixin.addOption(
        new OptionBinding<Boolean>(() -> allowPrivateAddresses, v -> allowPrivateAddresses = v)
            .option("--allow-private-addresses", boolean.class)
            .description(
                "Also contact private, loopback and other special-purpose addresses found in DNS"
                    + " data (labs and tests only; default: dns.allowPrivateAddresses, false).")
            .build());
    mixin.addOption(
        new OptionBinding<String>(() -> locale, v -> locale = v)
            .option("--locale", String.class)
            .paramLabel("xx")
            .description("Reply language: en, it, fr, de, es, pl, pt.")
            .build());
    mixin.addOption(
        new OptionBinding<Double>(() -> timeoutSeconds, v -> timeoutSeconds = v)
            .option("--timeout", Double.class)
            .paramLabel("SECONDS")
            .description("Deadline of a whole report in seconds (default: diagnosis.deadline, 8).")
            .build());
    return mixin;
  }

  /** A {@code --locale} mxbot does not speak: answers come in the default language, with a note. */
  String unsupportedLocale;

  /** Writes the notes about these options (an unavailable language) to {@code err}. */
  void warn(java.io.PrintWriter err, BotConfig config) {
    if (unsupportedLocale != null) {
      err.println(
          "mxbot: "
              + Messages.of(config.locale())
                  .get(
                      "note.lang_unsupported",
                      dev.mxbot.core.Notice.unsupportedLanguage(unsupportedLocale, config.locale())
                          .params()));
    }
  }

  /** The configuration with this command line's overrides applied. */
  BotConfig apply(BotConfig config) {
    BotConfig result = config;
    if (!resolvers.isEmpty()) {
      List<InetSocketAddress> list = new ArrayList<>();
      for (String resolver : resolvers) {
        try {
          list.add(ConfigValues.resolver(resolver));
        } catch (IllegalArgumentException e) {
          throw new ConfigException("--resolver " + resolver + ": expected " + e.getMessage());
        }
      }
      result = result.withResolvers(list);
    }
    if (authoritativePort != null) {
      if (authoritativePort < 1 || authoritativePort > 65535) {
        throw new ConfigException(
            "--authoritative-port " + authoritativePort + ": expected a port number 1-65535");
      }
      result = result.withAuthoritativePort(authoritativePort);
    }
    if (allowPrivateAddresses) {
      result = result.withAllowPrivateAddresses(true);
    }
    if (locale != null) {
      String lang = locale.toLowerCase(java.util.Locale.ROOT);
      if (Messages.LANGUAGES.contains(lang)) {
        result = result.withLocale(lang);
      } else {
        unsupportedLocale = locale;
      }
    }
    if (timeoutSeconds != null) {
      if (!(timeoutSeconds > 0) || timeoutSeconds > 600) {
        throw new ConfigException(
            "--timeout "
                + timeoutSeconds
                + ": expected a number of seconds above 0 and at most 600");
      }
      result = result.withDeadline(Duration.ofMillis((long) (timeoutSeconds * 1000)));
    }
    return result;
  }
}
