package dev.mxbot.core;

import java.util.List;

/**
 * What input the bot refuses besides syntax: names equal to or under these suffixes (from {@code
 * input.deniedSuffixes} in configuration), and the reply languages it offers.
 */
public record InputPolicy(List<String> deniedSuffixes, List<String> languages) {

  public static final List<String> DEFAULT_DENIED_SUFFIXES =
      List.of("localhost", "local", "internal", "intranet", "lan", "home.arpa", "arpa", "invalid");

  public InputPolicy {
    deniedSuffixes = List.copyOf(deniedSuffixes);
    languages = List.copyOf(languages);
  }

  public ParsedDomain parse(String input) {
    return DomainName.parse(input, deniedSuffixes);
  }
}
