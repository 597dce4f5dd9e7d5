package dev.mxbot.render.discord;

import dev.mxbot.core.Finding;
import dev.mxbot.core.Report;

/** How verdicts and severities look in Discord: an emoji each, and the embed's colour. */
final class DiscordStyle {

  private DiscordStyle() {}

  static String icon(Finding finding) {
    return switch (finding.severity()) {
      case OK -> "✅";
      case INFO -> "ℹ️";
      case WARNING -> "⚠️";
      case ERROR -> "❌";
      case UNKNOWN -> "❔";
    };
  }

  static String symbol(Report report) {
    return switch (report.verdict()) {
      case OK -> "✅";
      case WARNING -> "⚠️";
      case ERROR -> "❌";
      case UNKNOWN -> "❔";
    };
  }

  static int colour(Report report) {
    return switch (report.verdict()) {
      case OK -> 0x2E7D32;
      case WARNING -> 0xF9A825;
      case ERROR -> 0xC62828;
      case UNKNOWN -> 0x757575;
    };
  }

  /** The URL when Discord accepts it as a link (http(s), at most 2000 characters), else null. */
  static String linkable(String url) {
    return url != null && url.length() <= 2000 && url.matches("(?i)https?://\\S+") ? url : null;
  }
}
