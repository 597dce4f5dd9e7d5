package dev.mxbot.config;

import dev.mxbot.configfile.ConfigNode;
import dev.mxbot.i18n.Messages;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the value forms of the configuration: durations, resolver addresses, reply languages.
 * Pure.
 */
public final class ConfigValues {

  private static final Pattern DURATION = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(ms|s|m|h|d)?");
  private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
  private static final Pattern IPV6 = Pattern.compile("[0-9a-fA-F:.]+");

  private ConfigValues() {}

  /** A reply language mxbot speaks: {@code en}, {@code it}, {@code fr}, … */
  public static String language(String text) {
    String lang = text.trim();
    if (!Messages.LANGUAGES.contains(lang)) {
      throw new IllegalArgumentException("one of " + String.join(", ", Messages.LANGUAGES));
    }
    return lang;
  }

  /**
   * The value of {@code node} as {@code parser} reads it; the parser's {@link
   * IllegalArgumentException} becomes the usual message: file, key, {@code expected <its message>,
   * got "<value>"}.
   */
  static <T> T parsed(ConfigNode node, Function<String, T> parser) {
    String text = node.asText();
    try {
      return parser.apply(text);
    } catch (IllegalArgumentException e) {
      throw node.error("expected " + e.getMessage() + ", got \"" + text + "\"");
    }
  }

  /** {@code 2s}, {@code 500ms}, {@code 1m}, {@code 12h}, {@code 1.5s} or a number of seconds. */
  public static Duration duration(String text) {
    Matcher m = DURATION.matcher(text.trim().toLowerCase(Locale.ROOT));
    if (!m.matches()) {
      throw new IllegalArgumentException("a duration like 2s, 500ms or 1m");
    }
    double amount = Double.parseDouble(m.group(1));
    String unit = m.group(2) == null ? "s" : m.group(2);
    long millis =
        switch (unit) {
          case "ms" -> (long) amount;
          case "m" -> (long) (amount * 60_000);
          case "h" -> (long) (amount * 3_600_000);
          case "d" -> (long) (amount * 86_400_000);
          default -> (long) (amount * 1000);
        };
    if (millis <= 0) {
      throw new IllegalArgumentException("a duration above zero");
    }
    return Duration.ofMillis(millis);
  }

  /**
   * A resolver address: {@code 127.0.0.1}, {@code 127.0.0.1:5353}, {@code ::1} or {@code
   * [::1]:5353}; port 53 by default. Only IP addresses: resolving a resolver's name would need a
   * resolver.
   */
  public static InetSocketAddress resolver(String text) {
    String value = text.trim();
    String host = value;
    int port = 53;
    if (value.startsWith("[")) {
      int close = value.indexOf(']');
      if (close < 0) {
        throw new IllegalArgumentException("an address like [::1]:53");
      }
      host = value.substring(1, close);
      String rest = value.substring(close + 1);
      if (rest.startsWith(":")) {
        port = port(rest.substring(1));
      } else if (!rest.isEmpty()) {
        throw new IllegalArgumentException("an address like [::1]:53");
      }
    } else if (value.chars().filter(c -> c == ':').count() == 1) {
      host = value.substring(0, value.indexOf(':'));
      port = port(value.substring(value.indexOf(':') + 1));
    }
    try {
      return new InetSocketAddress(literal(host), port);
    } catch (UnknownHostException e) {
      throw new IllegalArgumentException(
          "an IP address with an optional port, like 127.0.0.1:5353");
    }
  }

  /** Parses an IP literal without ever asking DNS (InetAddress.getByName would for a bad one). */
  private static InetAddress literal(String host) throws UnknownHostException {
    if (IPV4.matcher(host).matches()) {
      String[] parts = host.split("\\.");
      byte[] bytes = new byte[4];
      for (int i = 0; i < 4; i++) {
        int octet = Integer.parseInt(parts[i]);
        if (octet > 255) {
          throw new UnknownHostException(host);
        }
        bytes[i] = (byte) octet;
      }
      return InetAddress.getByAddress(bytes);
    }
    if (host.contains(":") && IPV6.matcher(host).matches()) {
      return InetAddress.getByName(host);
    }
    throw new UnknownHostException(host);
  }

  static int port(String text) {
    try {
      int port = Integer.parseInt(text.trim());
      if (port >= 1 && port <= 65535) {
        return port;
      }
    } catch (NumberFormatException e) {
      // fall through
    }
    throw new IllegalArgumentException("a port number 1-65535");
  }
}
