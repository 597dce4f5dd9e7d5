package dev.mxbot.chat;

import java.util.List;

/**
 * Who sent a command, and from where: the platform ({@code slack}, {@code discord}, {@code
 * console}), the space (Slack workspace, Discord guild; empty in a DM), the channel, the user's id,
 * the member's role ids, and {@code account}, the user's id unique across the platform (Slack ids
 * are per workspace: {@code T1:U2}; Discord's are global). Immutable.
 */
public record Caller(
    String platform,
    String space,
    String channel,
    String user,
    List<String> roles,
    String account) {

  public Caller {
    space = space == null ? "" : space;
    channel = channel == null ? "" : channel;
    user = user == null ? "" : user;
    roles = List.copyOf(roles);
  }

  /** A Slack user: {@code account} is {@code <team>:<user>}. */
  public static Caller slack(String team, String channel, String user) {
    return new Caller("slack", team, channel, user, List.of(), team + ":" + user);
  }

  /** A Discord member (or DM user) with the role ids of the interaction. */
  public static Caller discord(String guild, String channel, String user, List<String> roles) {
    return new Caller("discord", guild, channel, user, roles, user);
  }

  /** The person at the terminal. */
  public static Caller console() {
    return new Caller("console", "", "", "console", List.of(), "console");
  }

  /** The rate limiter's key, e.g. {@code slack:T1:U2} or {@code discord:42}. */
  public String rateKey() {
    return rateKey(platform, account);
  }

  /** The rate limiter's key of {@code account} on {@code platform} (a watch's owner, say). */
  public static String rateKey(String platform, String account) {
    return platform + ":" + account;
  }

  /** A short, stable, non-reversible id for logs ({@link UserHash}). */
  public String logId() {
    return UserHash.of(platform + ":" + user);
  }
}
