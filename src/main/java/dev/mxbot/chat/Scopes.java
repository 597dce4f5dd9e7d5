package dev.mxbot.chat;

/**
 * Whose history a check joins: {@code slack:<team>}, {@code discord:<guild>} (a Discord DM: {@code
 * discord:dm:<user hash>}), {@code console}, and {@code cli} for {@code check --record} and {@code
 * mxbot history}. A team sees its own checks only. Pure.
 */
public final class Scopes {

  /** The scope of the command line ({@code check --record}, {@code mxbot history}). */
  public static final String CLI = "cli";

  private Scopes() {}

  /** The scope of {@code caller}'s checks through {@code platform}'s pipeline. */
  public static String of(Platform platform, Caller caller) {
    if (platform.id().equals(Platform.CHECK.id())) {
      return CLI;
    }
    if (caller.platform().equals("console")) {
      return "console";
    }
    if (caller.space().isEmpty()) {
      return caller.platform() + ":dm:" + caller.logId();
    }
    return caller.platform() + ":" + caller.space();
  }

  /** The platform recorded: {@code cli} for the command line, else the caller's. */
  static String platform(Platform platform, Caller caller) {
    return platform.id().equals(Platform.CHECK.id()) ? CLI : caller.platform();
  }

  /** The user recorded: the hashed id of the logs; empty for the command line. */
  static String user(Platform platform, Caller caller) {
    return platform.id().equals(Platform.CHECK.id()) ? "" : caller.logId();
  }
}
