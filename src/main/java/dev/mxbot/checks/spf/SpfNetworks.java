package dev.mxbot.checks.spf;

import com.google.common.net.InetAddresses;
import java.util.regex.Pattern;

/**
 * The address parts of SPF terms (RFC 7208 §5.6): {@code ip4:} and {@code ip6:} networks and the
 * prefix lengths of {@code a} and {@code mx}. Pure; never asks DNS (Guava parses literals only).
 */
final class SpfNetworks {

  private static final Pattern IP4 =
      Pattern.compile(
          "(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(\\.(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}");
  private static final Pattern LENGTH = Pattern.compile("0|[1-9][0-9]{0,2}");

  private SpfNetworks() {}

  /** {@code ip4:<network>[/len]} or {@code ip6:<network>[/len]}; {@code rest} follows the colon. */
  static SpfTermParser.Parsed parse(SpfTermParser.At at, char qualifier, String name, String rest) {
    boolean v4 = name.equals("ip4");
    String prefix =
        at.word().startsWith(String.valueOf(qualifier)) ? String.valueOf(qualifier) : "";
    String template = prefix + name + (v4 ? ":<ip4-address>[/<0-32>]" : ":<ip6-address>[/<0-128>]");
    if (rest.isEmpty()) {
      return at.with(SpfSyntaxReason.MISSING_ARGUMENT, template);
    }
    int slash = rest.indexOf('/');
    String address = slash < 0 ? rest : rest.substring(0, slash);
    String length = slash < 0 ? null : rest.substring(slash + 1);
    if (v4 && !isIp4(address)) {
      if (isIp6(address)) {
        return at.with(SpfSyntaxReason.IP4_INVALID, prefix + "ip6:" + rest);
      }
      boolean hostname = address.chars().anyMatch(Character::isLetter);
      return hostname
          ? at.with(SpfSyntaxReason.IP4_HOSTNAME, prefix + "a:" + rest)
          : at.with(SpfSyntaxReason.IP4_INVALID, template);
    }
    if (!v4 && !isIp6(address)) {
      return isIp4(address)
          ? at.with(SpfSyntaxReason.IP6_INVALID, prefix + "ip4:" + rest)
          : at.with(SpfSyntaxReason.IP6_INVALID, template);
    }
    int bits = length == null ? -1 : length(length, v4 ? 32 : 128);
    if (length != null && bits < 0) {
      return at.with(
          SpfSyntaxReason.CIDR, prefix + name + ":" + address + (v4 ? "/<0-32>" : "/<0-128>"));
    }
    return at.ok(
        new SpfTerm.Mechanism(
            at.word(), qualifier, name, "", address, v4 ? bits : -1, v4 ? -1 : bits));
  }

  /**
   * The lengths of a dual-cidr-length ({@code /24}, {@code //64}, {@code /24//64}, or empty) as
   * {@code {ip4, ip6}} with -1 for an absent one; null when malformed or out of range.
   */
  static int[] dualCidr(String text) {
    int[] lengths = {-1, -1};
    String rest = text;
    int split = rest.indexOf("//");
    if (split >= 0) {
      lengths[1] = length(rest.substring(split + 2), 128);
      rest = rest.substring(0, split);
      if (lengths[1] < 0) {
        return null;
      }
    }
    if (!rest.isEmpty()) {
      lengths[0] = rest.startsWith("/") ? length(rest.substring(1), 32) : -1;
      if (lengths[0] < 0) {
        return null;
      }
    }
    return lengths;
  }

  /** A prefix length without leading zeros, at most {@code max}; -1 otherwise. */
  private static int length(String digits, int max) {
    if (!LENGTH.matcher(digits).matches()) {
      return -1;
    }
    int value = Integer.parseInt(digits);
    return value <= max ? value : -1;
  }

  static boolean isIp4(String text) {
    return IP4.matcher(text).matches();
  }

  static boolean isIp6(String text) {
    return text.contains(":") && !text.contains("%") && InetAddresses.isInetAddress(text);
  }
}
