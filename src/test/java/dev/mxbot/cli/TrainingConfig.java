package dev.mxbot.cli;

import dev.mxbot.testing.NamespaceProbe.Target;
import dev.mxbot.testing.TreeCopy;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The configuration {@link TrainingProbe} trains on: a copy of the project's {@code bot-config/}
 * whose demo gains one sample, listed first so that the training's time budget always reaches it.
 * The sample is delegated to one nameserver per target (glue in the demo's {@code it.} zone, the
 * addresses again in a zone {@code nsnet.it.}), and every name of it a check may connect to points
 * at the same addresses: its MX hosts, apex, {@code mail} (autoconfiguration, autodiscover and
 * submission records), {@code mta-sts} (with an MTA-STS record, so a policy fetch is due), and its
 * SPF {@code ip4:}, {@code ip6:}, {@code a:} and {@code mx} terms. The demo's own samples stay, so
 * their public addresses are trained on too.
 */
final class TrainingConfig {

  private final String domain;
  private final List<Target> targets;

  TrainingConfig(String domain, List<Target> targets) {
    this.domain = domain;
    this.targets = targets;
  }

  /** Writes the configuration as {@code directory/bot-config}, which is returned. */
  Path write(Path directory) throws IOException {
    Path config = TreeCopy.botConfig(directory);
    Path demo = config.resolve("demo");
    Path zones = demo.resolve("zones");
    Files.writeString(
        zones.resolve("it.zone"), delegations(), StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    Files.writeString(zones.resolve("nsnet.it.zone"), nsnet(), StandardCharsets.UTF_8);
    Files.writeString(zones.resolve(domain + ".zone"), customer(), StandardCharsets.UTF_8);
    Path yaml = demo.resolve("demo.yaml");
    String samples = Files.readString(yaml, StandardCharsets.UTF_8);
    String listed =
        samples.replaceFirst(
            "(?m)^samples:\n",
            "samples:\n  - domain: "
                + domain
                + "\n    shows: \"every server of it at a special-purpose or public address\"\n");
    if (listed.equals(samples)) {
      throw new IllegalStateException(yaml + " has no 'samples:' line to list the sample under");
    }
    Files.writeString(yaml, listed, StandardCharsets.UTF_8);
    return config;
  }

  /** The lines added to the demo's {@code it.} zone: both delegations, with glue. */
  private String delegations() {
    String label = domain.substring(0, domain.length() - ".it".length());
    return "\n; added by TrainingConfig\nnsnet NS ns-public.nsnet.it.\n"
        + lines(t -> label + " NS " + nameserver(t))
        + lines(t -> t.host() + ".nsnet " + t.type() + " " + t.record());
  }

  private String nsnet() {
    return """
        $ORIGIN nsnet.it.
        $TTL 3600
        @ SOA ns-public.nsnet.it. hostmaster.nsnet.it. 1 3600 600 86400 300
        @ NS ns-public.nsnet.it.
        """
        + lines(t -> t.host() + " " + t.type() + " " + t.record());
  }

  private String customer() {
    return """
        $ORIGIN %1$s.
        $TTL 3600
        @ SOA ns-public.nsnet.it. hostmaster.%1$s. 1 3600 600 86400 300
        @ TXT "v=spf1 %2$s a:mail.%1$s mx include:_spf6.%1$s ~all"
        _spf6 TXT "v=spf1 %3$s -all"
        _dmarc TXT "v=DMARC1; p=reject; rua=mailto:dmarc@%1$s"
        _mta-sts TXT "v=STSv1; id=20260101"
        _smtp._tls TXT "v=TLSRPTv1; rua=mailto:tls@%1$s"
        _autodiscover._tcp SRV 0 0 443 mail.%1$s.
        _imaps._tcp SRV 0 0 993 mail.%1$s.
        _submission._tcp SRV 0 0 465 mail.%1$s.
        autoconfig CNAME mail
        autodiscover CNAME mail
        smtp CNAME mail
        """
            .formatted(domain, terms("ip4", false), terms("ip6", true))
        + lines(t -> "@ NS " + nameserver(t))
        + lines(t -> "@ MX 10 " + nameserver(t))
        + lines(t -> "@ " + t.type() + " " + t.record())
        + lines(t -> "mail " + t.type() + " " + t.record())
        + lines(t -> "mta-sts " + t.type() + " " + t.record());
  }

  /** SPF terms {@code mechanism:address} for the targets counted on IPv6 or on IPv4. */
  private String terms(String mechanism, boolean ipv6) {
    return targets.stream()
        .filter(t -> t.ipv6() == ipv6)
        .map(t -> mechanism + ":" + t.counted())
        .collect(Collectors.joining(" "));
  }

  private static String nameserver(Target target) {
    return target.host() + ".nsnet.it.";
  }

  private String lines(Function<Target, String> line) {
    return targets.stream().map(line).collect(Collectors.joining("\n", "", "\n"));
  }
}
