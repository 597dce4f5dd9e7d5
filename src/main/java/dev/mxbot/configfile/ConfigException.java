package dev.mxbot.configfile;

/**
 * A knowledge file of {@code bot-config/} is unreadable or says something invalid. The message is
 * meant for whoever edits the file: {@code <file>: <key path>: <what is expected>}, e.g. {@code
 * bot-config/providers/ovhcloud.yaml: mail.mxSets[2].records[0].preference: expected a number
 * 0-65535, got "x"}.
 */
public final class ConfigException extends RuntimeException {

  public ConfigException(String message) {
    super(message);
  }

  public ConfigException(String message, Throwable cause) {
    super(message, cause);
  }
}
