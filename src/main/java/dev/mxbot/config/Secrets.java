package dev.mxbot.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Secrets (chat tokens) from the environment only: {@code NAME}, or {@code NAME_FILE} naming a file
 * that holds it (how Docker and Kubernetes mount secrets). Values are never logged and never
 * written anywhere; {@link #toString()} shows names only.
 */
public final class Secrets {

  public static final String SLACK_BOT_TOKEN = "SLACK_BOT_TOKEN";
  public static final String SLACK_APP_TOKEN = "SLACK_APP_TOKEN";
  public static final String SLACK_SIGNING_SECRET = "SLACK_SIGNING_SECRET";
  public static final String DISCORD_TOKEN = "DISCORD_TOKEN";

  private final Map<String, String> environment;

  public Secrets(Map<String, String> environment) {
    this.environment = Map.copyOf(environment);
  }

  /** The process's environment. */
  public static Secrets fromEnvironment() {
    return new Secrets(System.getenv());
  }

  /** The secret {@code name}, from the variable or the file its {@code _FILE} variable names. */
  public Optional<String> get(String name) {
    String direct = environment.get(name);
    if (direct != null && !direct.isBlank()) {
      return Optional.of(direct.strip());
    }
    String file = environment.get(name + "_FILE");
    if (file == null || file.isBlank()) {
      return Optional.empty();
    }
    try {
      String value = Files.readString(Path.of(file), StandardCharsets.UTF_8).strip();
      return value.isEmpty() ? Optional.empty() : Optional.of(value);
    } catch (IOException e) {
      throw new dev.mxbot.configfile.ConfigException(
          name
              + "_FILE: cannot read the secret file "
              + file
              + " ("
              + e.getClass().getSimpleName()
              + ")");
    }
  }

  public boolean has(String name) {
    return get(name).isPresent();
  }

  @Override
  public String toString() {
    return "Secrets[values hidden]";
  }
}
