package dev.mxbot.config;

import dev.mxbot.configfile.ConfigNode;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The {@code smtp} section of {@code mxbot.yaml}: the opt-in SMTP/STARTTLS probe of MX hosts.
 *
 * @param probe whether the probe runs ({@code smtp.probe}, false: the area is switched off)
 * @param port the port probed ({@code smtp.port}, 25; tests use another)
 * @param timeout one conversation's limit ({@code smtp.timeout}, within the report's deadline)
 * @param heloName the name said in EHLO ({@code smtp.heloName})
 * @param controlHost the host probed first ({@code smtp.controlHost}); empty: the home provider's
 *     first current MX host, from the provider data
 */
public record SmtpProbeSettings(
    boolean probe, int port, Duration timeout, String heloName, Optional<String> controlHost) {

  /** Off; port 25, 5 s, EHLO {@code mxbot.invalid}, the home provider's MX as control host. */
  public static final SmtpProbeSettings DEFAULTS =
      new SmtpProbeSettings(false, 25, Duration.ofSeconds(5), "mxbot.invalid", Optional.empty());

  private static final Pattern HOST_NAME =
      Pattern.compile("[A-Za-z0-9]([A-Za-z0-9-]{0,62}\\.?)*|[0-9a-fA-F:.]+");

  /** The section as read; left out means {@link #DEFAULTS}. */
  static SmtpProbeSettings read(ConfigNode node) {
    SmtpProbeSettings d = DEFAULTS;
    if (node.isMissing()) {
      return d;
    }
    node.requireKeys("probe", "port", "timeout", "heloName", "controlHost");
    return new SmtpProbeSettings(
        node.at("probe").asBoolean(false),
        node.at("port").isMissing() ? d.port() : node.at("port").asInt(1, 65535),
        node.at("timeout").isMissing()
            ? d.timeout()
            : ConfigValues.parsed(node.at("timeout"), ConfigValues::duration),
        node.at("heloName").isMissing()
            ? d.heloName()
            : ConfigValues.parsed(node.at("heloName"), SmtpProbeSettings::hostName),
        node.at("controlHost").isMissing()
            ? Optional.empty()
            : Optional.of(
                ConfigValues.parsed(node.at("controlHost"), SmtpProbeSettings::hostName)));
  }

  private static String hostName(String text) {
    String name = text.strip();
    if (name.isEmpty() || name.length() > 253 || !HOST_NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("a host name such as mx0.example.net");
    }
    return name;
  }
}
