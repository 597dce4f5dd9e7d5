package dev.mxbot.config;

import dev.mxbot.configfile.ConfigException;
import dev.mxbot.configfile.RegularFile;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Secrets (chat tokens) from the environment only: {@code NAME}, or {@code NAME_FILE} naming a file
 * that holds it (how Docker and Kubernetes mount secrets): a regular file (or a symbolic link to
 * one) of at most {@link #MAX_BYTES}, surrounding whitespace and the trailing newline ignored.
 * Anything else there stops start-up naming the variable and the path, never the value. Values are
 * never logged and never written anywhere; {@link #toString()} shows names only.
 */
public final class Secrets {

  public static final String SLACK_BOT_TOKEN = "SLACK_BOT_TOKEN";
  public static final String SLACK_APP_TOKEN = "SLACK_APP_TOKEN";
  public static final String SLACK_SIGNING_SECRET = "SLACK_SIGNING_SECRET";
  public static final String DISCORD_TOKEN = "DISCORD_TOKEN";

  /** The store's database password ({@code store.url} names the database, never the password). */
  public static final String STORE_PASSWORD = "MXBOT_STORE_PASSWORD";

  /** Every secret mxbot reads, in the order {@code mxbot config} shows them. */
  public static final List<String> NAMES =
      List.of(SLACK_BOT_TOKEN, SLACK_APP_TOKEN, SLACK_SIGNING_SECRET, DISCORD_TOKEN);

  /** The most bytes a secret file may hold: 64 KiB. */
  public static final int MAX_BYTES = 64 << 10;

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
    String shown = name + "_FILE=" + file;
    Path path;
    try {
      path = Path.of(file);
    } catch (InvalidPathException e) {
      throw new ConfigException(shown + ": expected the path of a file");
    }
    String value = text(RegularFile.read(path, MAX_BYTES, shown), shown).strip();
    return value.isEmpty() ? Optional.empty() : Optional.of(value);
  }

  /** The UTF-8 text of a secret file; never shown in a message. */
  private static String text(byte[] bytes, String shown) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw new ConfigException(shown + ": expected UTF-8 text");
    }
  }

  /**
   * How the secret {@code name} is set, never its value: {@code set (env)}, {@code set (file
   * /path)}, {@code missing}, or {@code missing (file /path is empty)}. A file is read, so that one
   * that is unreadable stops here as it would at start-up.
   */
  public String status(String name) {
    Optional<String> value = get(name);
    String direct = environment.get(name);
    if (direct != null && !direct.isBlank()) {
      return "set (env)";
    }
    String file = environment.get(name + "_FILE");
    if (file == null || file.isBlank()) {
      return "missing";
    }
    return value.isPresent() ? "set (file " + file + ")" : "missing (file " + file + " is empty)";
  }

  public boolean has(String name) {
    return get(name).isPresent();
  }

  @Override
  public String toString() {
    return "Secrets[values hidden]";
  }
}
