package dev.mxbot.config;

/**
 * Configuration that cannot be used. The message names the file, the key, the value found and what
 * is expected, ready to show to whoever starts the bot; never a stack trace.
 */
public final class ConfigException extends RuntimeException {

  public ConfigException(String message) {
    super(message);
  }

  static ConfigException at(String file, String key, String expected, Object found) {
    return new ConfigException(
        file + ": " + key + ": expected " + expected + (found == null ? "" : ", got \"" + found + "\""));
  }
}
