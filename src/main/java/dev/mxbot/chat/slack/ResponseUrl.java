package dev.mxbot.chat.slack;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * The address a command's or a click's answers go to ({@code response_url}): usable when it is an
 * absolute {@code http} or {@code https} URL with a host. Without one, the answer would be computed
 * and then lost, so nothing is run.
 */
final class ResponseUrl {

  private ResponseUrl() {}

  /** Whether an answer can be posted to {@code url}. */
  static boolean isUsable(String url) {
    if (url == null || url.isBlank()) {
      return false;
    }
    try {
      URI uri = new URI(url.strip());
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      boolean web = scheme.equals("https") || scheme.equals("http");
      return web && uri.getHost() != null && !uri.getHost().isEmpty();
    } catch (URISyntaxException e) {
      return false;
    }
  }
}
