package dev.mxbot.config;

import dev.mxbot.configfile.ConfigNode;

/** Reads the {@code ops} section of {@code mxbot.yaml} (keys port, host, logFormat). Pure. */
final class OpsSection {

  private OpsSection() {}

  static OpsSettings read(ConfigNode node) {
    OpsSettings d = OpsSettings.DEFAULTS;
    if (node.isMissing()) {
      return d;
    }
    node.requireKeys("port", "host", "logFormat");
    String host = node.at("host").asOptionalText().orElse(d.host());
    try {
      ConfigValues.resolver(host);
    } catch (IllegalArgumentException e) {
      throw node.at("host")
          .error("expected an IP address such as 0.0.0.0 or 127.0.0.1, got \"" + host + "\"");
    }
    String format = node.at("logFormat").asOptionalText().orElse(d.logFormat());
    if (!OpsSettings.LOG_FORMATS.contains(format)) {
      throw node.at("logFormat").error("expected text or json, got \"" + format + "\"");
    }
    return new OpsSettings(
        node.at("port").isMissing() ? d.port() : node.at("port").asInt(1, 65535), host, format);
  }
}
