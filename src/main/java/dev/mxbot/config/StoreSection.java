package dev.mxbot.config;

import dev.mxbot.configfile.ConfigNode;
import java.util.Optional;

/**
 * Reads the {@code store} section of {@code mxbot.yaml} (keys url, user, retention). {@code
 * store.password} is refused: the password is a secret, read from the environment only. Pure.
 */
final class StoreSection {

  private StoreSection() {}

  static StoreSettings read(ConfigNode node) {
    StoreSettings d = StoreSettings.DEFAULTS;
    if (node.isMissing()) {
      return d;
    }
    if (!node.at("password").isMissing()) {
      throw node.at("password")
          .error(
              "the store password is a secret, never a key: set "
                  + Secrets.STORE_PASSWORD
                  + " or "
                  + Secrets.STORE_PASSWORD
                  + "_FILE instead");
    }
    node.requireKeys("url", "user", "retention");
    Optional<String> url = node.at("url").asOptionalText().map(String::strip);
    if (url.isPresent()
        && !url.get().equals(StoreSettings.NONE)
        && !url.get().startsWith("jdbc:h2:")
        && !url.get().startsWith("jdbc:postgresql://")) {
      throw node.at("url")
          .error(
              "expected jdbc:h2:…, jdbc:postgresql://… or none, got \""
                  + url.get().split("[;?]", 2)[0]
                  + "\"");
    }
    return new StoreSettings(
        url,
        node.at("user").asOptionalText(),
        node.at("retention").isMissing()
            ? d.retention()
            : ConfigValues.parsed(node.at("retention"), ConfigValues::duration));
  }
}
